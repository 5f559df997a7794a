using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Features.Audit;

/// <summary>
/// The first entry of a record an import created. An import writes one audit entry for the whole file
/// (<see cref="AuditAction.Import"/>) and the runs of ids it created (<see cref="ImportedRecordRange"/>), not one entry
/// per record; a record's history still starts with its creation, derived here: who and when from the import's
/// entry, and the record's first version from what follows it. Every later change writes an entry with the record
/// as it was before, so the first version is the <c>before</c> of the record's first own entry, or, while it has
/// none, the record as it is now (still at version 1).
/// </summary>
public static class ImportedHistory
{
    /// <summary>The record id of an import's entry: it names no one record (its records are in its <c>after</c>).</summary>
    public const long ImportRecordId = 0;

    /// <summary>The version of an import's entry: no record's.</summary>
    public const long ImportVersion = 0;

    /// <summary>The version an import gives the records it creates, as a POST does.</summary>
    public const long FirstVersion = 1;

    /// <summary>The derived create entry of the record, or null when no import created it (its history has its own).</summary>
    public static async Task<AuditEntryResponse?> CreatedEntryAsync(OpsTrackerDbContext db, IResourceDefinition resource, long id,
        bool showKeyName, CancellationToken cancellationToken)
    {
        // Runs of one resource never overlap, so the one that starts last at or before the id is the only candidate.
        var run = await db.Set<ImportedRecordRange>()
            .Where(range => range.Resource == resource.Path && range.FirstId <= id)
            .OrderByDescending(range => range.FirstId)
            .Select(range => new { range.LastId, range.AuditEntryId })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null || run.LastId < id)
        {
            return null;
        }

        var import = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(entry => entry.Id == run.AuditEntryId, cancellationToken);
        var next = await db.Set<AuditEntry>().AsNoTracking()
            .Where(entry => entry.Resource == resource.Path && entry.RecordId == id)
            .OrderBy(entry => entry.Id)
            .Select(entry => new { entry.Before })
            .FirstOrDefaultAsync(cancellationToken);
        var firstVersion = next is not null
            ? next.Before
            : await resource.FindResponseAsync(db, id, cancellationToken) is { } response
                ? JsonSerializer.Serialize(response, response.GetType(), AuditTrail.Json)
                : null;
        var created = new AuditEntry
        {
            Id = import.Id,
            At = import.At,
            KeyName = import.KeyName,
            Resource = resource.Path,
            RecordId = id,
            Action = AuditAction.Create,
            Version = FirstVersion,
            After = firstVersion,
        };
        return AuditEntryResponse.From(created, showKeyName, importId: import.Id);
    }
}
