namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>A record whose stored status is not what its citations now make it: a row of <see cref="RecordStatusSql.Changed"/>.</summary>
public sealed class ChangedStatus
{
    public long Id { get; init; }
    public long Version { get; init; }

    /// <summary>False for a deleted record: its status is set again, but no new version of it is served.</summary>
    public bool Live { get; init; }
}
