using System.Net;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>
/// One kind of call in the access matrix. <see cref="SendAsync"/> prepares what the call needs with the admin client
/// (the first argument: a record to read, change or delete) and makes the call itself with the caller's client (the
/// second), so an allowed call succeeds and a refused one is refused for its key alone.
/// </summary>
public sealed record AccessCall(string Name, CallKind Kind, HttpStatusCode Success, Func<HttpClient, HttpClient, Task<HttpResponseMessage>> SendAsync)
{
    public override string ToString() => Name;
}
