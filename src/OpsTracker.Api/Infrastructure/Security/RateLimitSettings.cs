namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>The <c>RateLimiting</c> configuration section: fixed windows, counted per API key or per client address.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";

    /// <summary>False turns rate limiting off altogether.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Requests one API key may make per window (default 6,000 a minute, 100 a second on average): far more than a
    /// script that reads or writes record by record needs, while a runaway loop is stopped. Bulk loads use imports.
    /// </summary>
    public int PermitLimit { get; set; } = 6000;

    /// <summary>
    /// Requests one client address may make per window without a key (default 600 a minute). Lower than a key's,
    /// since anyone can call anonymously, and one address may hide several clients.
    /// </summary>
    public int AnonymousPermitLimit { get; set; } = 600;

    /// <summary>The window's length in seconds (default 60); counters start again at zero when it ends.</summary>
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    internal bool IsValid => PermitLimit > 0 && AnonymousPermitLimit > 0 && WindowSeconds > 0;
}
