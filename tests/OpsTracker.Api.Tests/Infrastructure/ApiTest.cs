namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// Base for integration tests: a fresh database for each test, the API on it, and a client for it. The API's host
/// comes from <see cref="ReusedApis"/>, kept between tests with the same settings (the default ones, or those given
/// to <see cref="ReusedApis.Rent"/>), unless the test gives a factory of its own
/// (<c>ApiTest(new ApiFactory().WithSetting(...))</c>), whose host is its alone: for settings no other test shares,
/// or the start-up itself.
/// </summary>
public abstract class ApiTest : IDisposable
{
    protected ApiTest()
        : this(ReusedApis.Rent())
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

    /// <summary>
    /// Closes the client and the API (deleting its database, or handing a reused API back with a fresh one); a test
    /// with files of its own deletes them after this.
    /// </summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
            if (Factory.ReuseKey is not null)
            {
                ReusedApis.Return(Factory);
            }
            else
            {
                Factory.Dispose();
            }
        }
    }
}
