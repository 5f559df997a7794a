namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>Tests of something only PostgreSQL has (several API instances on one server): the SQLite run skips them.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PostgresOnlyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
