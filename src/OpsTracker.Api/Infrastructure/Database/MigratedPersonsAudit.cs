using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Gives each person the Persons migration made from arrests' person fields its first audit entry: SQL cannot write
/// the entry's JSON (the person as a GET answers it), so the migration leaves them without one, and every record's
/// history starts with its creation. A person with no entry at all, and not among the ids an import created (whose
/// history starts from the import's entry, <see cref="ImportedHistory"/>), can only come from the migration (every
/// write through the API writes one), so the entry names it as the author.
/// </summary>
public static class MigratedPersonsAudit
{
    /// <summary>The key name of the entries: no API key made these persons.</summary>
    public const string KeyName = "migration:Persons";

    public static async Task RunAsync(OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken = default)
    {
        var persons = kinds.Get<PersonResource>();
        var path = persons.Path;
        var unaudited = await db.Set<Person>().IgnoreQueryFilters().AsNoTracking()
            .Where(person => !db.Set<AuditEntry>().Any(entry => entry.Resource == path && entry.RecordId == person.Id)
                && !db.Set<ImportedRecordRange>().Any(range => range.Resource == path && range.FirstId <= person.Id && range.LastId >= person.Id))
            .Select(persons.ToVersionedResponse)
            .ToListAsync(cancellationToken);
        if (unaudited.Count == 0)
        {
            return;
        }

        foreach (var record in unaudited)
        {
            db.Set<AuditEntry>().Add(AuditTrail.Entry(path, record.Response.Id, AuditAction.Create, record.Version, KeyName,
                default(PersonResponse), record.Response, record.Response.CreatedAt));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
