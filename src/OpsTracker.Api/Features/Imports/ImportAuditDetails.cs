namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// What an import's one audit entry holds as its <c>after</c>: the file (its SHA-256 and format), the mode, the
/// report's counts, and the ids of the records it created and updated, as runs of consecutive ids
/// (<c>[[first, last], …]</c>).
/// </summary>
public sealed class ImportAuditDetails
{
    public required string Sha256 { get; init; }
    public required ImportFormat Format { get; init; }
    public required ImportMode Mode { get; init; }
    public long Inserted { get; init; }
    public long Updated { get; init; }
    public long Unchanged { get; init; }
    public required long[][] CreatedIds { get; init; }
    public required long[][] UpdatedIds { get; init; }
}
