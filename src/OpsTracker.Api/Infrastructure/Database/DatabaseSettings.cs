namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// The settings a dialect registers its context with: how long a write waits for other writers
/// (<c>Database:BusyTimeoutSeconds</c>), and the folder a relative database file is found from.
/// </summary>
public sealed record DatabaseSettings(TimeSpan BusyTimeout, string ContentRootPath);
