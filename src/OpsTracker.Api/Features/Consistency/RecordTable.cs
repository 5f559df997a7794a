namespace OpsTracker.Api.Features.Consistency;

/// <summary>
/// A record table the consistency check compares: its name in the database, its resource's route segment (the audit
/// trail's name for it), and whether its records have periods (and so a longest period).
/// </summary>
public sealed record RecordTable(string Table, string Path, bool HasPeriod);
