using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Database;

/// <summary>A wrong database setting stops the start-up with a message that names the setting, not a failure on the first request.</summary>
public sealed class DatabaseProviderSettingTests
{
    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    public void An_unknown_provider_stops_the_start_up_naming_the_setting(string provider)
    {
        using var factory = new ApiFactory().WithSetting("Database:Provider", provider);

        var failure = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Equal($"Database:Provider is '{provider}'; use 'Sqlite' (the default) or 'Postgres'.", failure.Message);
    }

    [Theory]
    [InlineData("Data Source=data/opstracker.db", "is not a PostgreSQL connection string")]
    [InlineData("Database=opstracker;Username=opstracker", "names no PostgreSQL server (Host)")]
    [InlineData("", "set ConnectionStrings:OpsTracker")]
    public void Postgres_without_a_server_connection_string_stops_the_start_up(string connectionString, string message)
    {
        using var factory = new ApiFactory()
            .WithSetting("Database:Provider", "PostgreSQL")
            .WithSetting("ConnectionStrings:OpsTracker", connectionString);

        var failure = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }
}
