namespace OpsTracker.Api.Features.Audit;

/// <summary>
/// One change to one record: who made it (the API key's name), when, and the record's state before and after, as
/// the JSON a GET answered at the time. Entries are only ever added, never changed or removed.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string KeyName { get; set; } = "";

    /// <summary>The resource's route segment: "casualties", "detainee-figures".</summary>
    public string Resource { get; set; } = "";

    public long RecordId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The record's version after the change (its ETag).</summary>
    public long Version { get; set; }

    /// <summary>The record as JSON before the change; null for a create.</summary>
    public string? Before { get; set; }

    /// <summary>The record as JSON after the change; null for a delete (its last state is <see cref="Before"/>).</summary>
    public string? After { get; set; }
}
