using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Postgres;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// On PostgreSQL the API's connections prepare the statements they repeat (Npgsql's automatic preparation), unless
/// the connection string says otherwise.
/// </summary>
[PostgresOnly("Automatic preparation is Npgsql's; SQLite's statement reuse is in StatementReuseTests.")]
public sealed class PostgresStatementPreparationTests() : ApiTest(new ApiFactory())
{
    [Fact]
    public async Task The_api_s_connections_prepare_a_statement_once_it_has_run_a_few_times()
    {
        var id = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(await Client.CreateSourceAsync()));
        string connectionString;
        await using (var api = Factory.CreateDbContext())
        {
            connectionString = api.Database.GetConnectionString()!;
        }

        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        Assert.Equal(PostgresDialect.MaxAutoPrepared, settings.MaxAutoPrepare);
        Assert.Equal(PostgresDialect.AutoPrepareMinUsages, settings.AutoPrepareMinUsages);

        var options = new DbContextOptionsBuilder<PostgresOpsTrackerDbContext>();
        DatabaseSetup.ConfigurePostgres(options, connectionString);
        await using var db = new PostgresOpsTrackerDbContext(options.Options);
        await db.Database.OpenConnectionAsync();
        var country = (await Client.GetObjectAsync($"{Paths.Casualties}/{id}"))["country"]!.GetValue<string>();
        var prepared = new List<long>();
        for (var run = 1; run <= PostgresDialect.AutoPrepareMinUsages + 1; run++)
        {
            Assert.Equal(country, await db.Set<Casualty>().AsNoTracking().Where(c => c.Id == id).Select(c => c.Country).SingleAsync());
            prepared.Add(await PreparedCountAsync(db));
        }

        // Prepared on the run that reaches the minimum, not before.
        long[] expected = [.. Enumerable.Range(1, prepared.Count).Select(run => run < PostgresDialect.AutoPrepareMinUsages ? 0L : 1L)];
        Assert.Equal(expected, prepared);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0, PostgresDialect.AutoPrepareMinUsages)]
    [InlineData("maxautoprepare=0", 0, PostgresDialect.AutoPrepareMinUsages)]
    [InlineData("Max Auto Prepare=10;Auto Prepare Min Usages=2", 10, 2)]
    [InlineData("Max Auto Prepare=256", 256, PostgresDialect.AutoPrepareMinUsages)]
    [InlineData("Auto Prepare Min Usages=2", PostgresDialect.MaxAutoPrepared, 2)]
    [InlineData("", PostgresDialect.MaxAutoPrepared, PostgresDialect.AutoPrepareMinUsages)]
    public void A_connection_string_that_names_automatic_preparation_keeps_its_own_settings(string named, int maxPrepared, int minUsages)
    {
        var connectionString = "Host=db.example;Database=opstracker;Username=opstracker;" + named;

        var used = new NpgsqlConnectionStringBuilder(PostgresDialect.WithStatementReuse(connectionString));

        Assert.Equal(maxPrepared, used.MaxAutoPrepare);
        Assert.Equal(minUsages, used.AutoPrepareMinUsages);
        Assert.Equal("db.example", used.Host);
    }

    private static Task<long> PreparedCountAsync(DbContext db) =>
        db.Database.SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM pg_prepared_statements WHERE statement LIKE 'SELECT c."Country"%'""")
            .SingleAsync();
}
