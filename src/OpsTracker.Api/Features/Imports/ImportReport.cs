namespace OpsTracker.Api.Features.Imports;

/// <summary>What a successful import did (or, in a dry run, would have done).</summary>
public sealed class ImportReport
{
    /// <summary>Rows added as new records.</summary>
    public required long Inserted { get; init; }

    /// <summary>Rows (mode=upsert) that changed the stored record with their externalId.</summary>
    public required long Updated { get; init; }

    /// <summary>Rows (mode=upsert) equal to the stored record with their externalId: nothing written, updatedAt kept.</summary>
    public required long Unchanged { get; init; }

    /// <summary>True when nothing was written because the import was a dry run.</summary>
    public required bool DryRun { get; init; }
}
