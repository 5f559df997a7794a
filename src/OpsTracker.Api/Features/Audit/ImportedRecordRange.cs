namespace OpsTracker.Api.Features.Audit;

/// <summary>
/// A run of consecutive ids of records one import created (<see cref="AuditAction.Import"/>): an import writes one
/// audit entry, not one per record, and these rows let a record's history find the import that created it with one
/// index probe (its first version is then the record as its next entry found it, or as it is now).
/// </summary>
public sealed class ImportedRecordRange
{
    public long Id { get; set; }

    /// <summary>The import's audit entry.</summary>
    public long AuditEntryId { get; set; }

    /// <summary>The resource's route segment, as the entry's.</summary>
    public string Resource { get; set; } = "";

    public long FirstId { get; set; }
    public long LastId { get; set; }
}
