using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>
/// One API for the whole access matrix (a class fixture), with a client for every <see cref="Identity"/>. Unlike
/// <see cref="SharedApi"/>, its tests write: each call creates the records it reads, changes or deletes, so no call
/// depends on another.
/// </summary>
public abstract class AccessApi : IAsyncLifetime
{
    private readonly Dictionary<Identity, HttpClient> _clients = [];

    protected AccessApi(bool anonymousRead)
    {
        AnonymousRead = anonymousRead;
        Factory = new ApiFactory().WithPooledConnections().WithSetting("Auth:AnonymousRead", anonymousRead ? "true" : "false");
        Admin = Factory.CreateClient();
    }

    public bool AnonymousRead { get; }
    public ApiFactory Factory { get; }

    /// <summary>The bootstrap admin's client, which prepares what calls need.</summary>
    public HttpClient Admin { get; }

    public HttpClient ClientOf(Identity identity) => _clients[identity];

    public async Task InitializeAsync()
    {
        _clients[Identity.Anonymous] = Factory.CreateAnonymousClient();
        _clients[Identity.WrongKey] = Factory.CreateClientWithKey("opk_this-key-was-never-issued-0123456789abcdef");
        _clients[Identity.BootstrapAdmin] = Factory.CreateClient();
        foreach (var (identity, role) in new[] { (Identity.Reader, "reader"), (Identity.Editor, "editor"), (Identity.Admin, "admin") })
        {
            _clients[identity] = Factory.CreateClientWithKey((await Admin.CreateKeyAsync(role)).Key());
        }
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Admin.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
