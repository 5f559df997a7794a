namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// The <c>ForwardedHeaders</c> configuration section: which reverse proxies may tell the API who the client is
/// (X-Forwarded-For) and which scheme it used (X-Forwarded-Proto). Only these are believed; a client that sends the
/// headers itself, not through a trusted proxy, is ignored, or it could pick its own rate-limit partition.
/// </summary>
public sealed class ProxySettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Believe forwarded headers from a proxy on this machine (loopback) and from <see cref="KnownProxies"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>More proxy addresses to trust, besides loopback: e.g. a load balancer on another host.</summary>
    public string[] KnownProxies { get; set; } = [];

    public bool IsValid => KnownProxies.All(address => System.Net.IPAddress.TryParse(address, out _));
}
