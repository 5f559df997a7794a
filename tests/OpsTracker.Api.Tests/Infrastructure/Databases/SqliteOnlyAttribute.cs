namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>
/// Tests of something only SQLite has (its file, its locks, its full-text tables): the PostgreSQL run reports them
/// as skipped, with the reason given here.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SqliteOnlyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
