namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Base for integration tests: a fresh API and database for each test, and a client for it.</summary>
public abstract class ApiTest : IDisposable
{
    protected ApiTest()
        : this(new ApiFactory())
    {
    }

    protected ApiTest(ApiFactory factory)
    {
        Factory = factory;
        Client = factory.CreateClient();
    }

    protected ApiFactory Factory { get; }
    protected HttpClient Client { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the client and the API (deleting its database); a test with files of its own deletes them after this.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }
}
