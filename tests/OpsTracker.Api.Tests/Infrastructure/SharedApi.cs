namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// One API and database for every test of a class (an xunit class fixture). Starting a host costs about a quarter
/// of a second, so a class whose tests only read builds its data set once, in <see cref="SeedAsync"/>, and its tests
/// must not write. Tests that write derive from <see cref="ApiTest"/> and get a database of their own.
/// </summary>
public class SharedApi : IAsyncLifetime
{
    public SharedApi()
    {
        Factory = new ApiFactory().WithPooledConnections();
        Client = Factory.CreateClient();
    }

    public ApiFactory Factory { get; }
    public HttpClient Client { get; }

    public Task InitializeAsync() => SeedAsync(Client);

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Writes the records the class's tests read, through the API.</summary>
    protected virtual Task SeedAsync(HttpClient client) => Task.CompletedTask;
}
