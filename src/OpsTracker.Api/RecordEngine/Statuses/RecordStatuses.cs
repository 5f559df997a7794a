using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>
/// Keeps every report record's stored status what its citations make it (<see cref="RecordStatusRule"/>), for every
/// kind that cites sources, with nothing listed per kind: a record being written gets its status from its citations
/// in memory (<see cref="StampAsync"/>: the context's save and the import's insert call it); a change of a source's
/// relays sets again, in the database, the status of every record citing a source that stands for it
/// (<see cref="RefreshCitingAsync"/>).
/// </summary>
public static class RecordStatuses
{
    /// <summary>Sets the status of <paramref name="records"/> from their citations and the relays of the sources they cite.</summary>
    public static async Task StampAsync(OpsTrackerDbContext db, IReadOnlyCollection<IStatusRecord> records, SourceReach reach, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var cited = records.SelectMany(record => ((ICitedRecord)record).Citations.Select(citation => citation.SourceId));
        var reachOf = await reach.OfAsync(db, cited, cancellationToken);
        foreach (var record in records)
        {
            record.Status = record is IConflictingParts parts && parts.PartsConflict()
                ? RecordStatus.Contested
                : RecordStatusRule.Of((record as ReportRecordEntity)?.Count, ((ICitedRecord)record).Citations.ToList(), reachOf);
        }
    }

    /// <summary>
    /// Sets again the status of every record citing <paramref name="changedSourceIds"/> (sources whose relays
    /// changed) or a source that relays one of them, directly or through others: their reach is what changed.
    /// </summary>
    public static async Task RefreshCitingAsync(OpsTrackerDbContext db, IReadOnlyCollection<long> changedSourceIds, CancellationToken cancellationToken)
    {
        if (changedSourceIds.Count == 0)
        {
            return;
        }

        var affected = new HashSet<long>(changedSourceIds);
        var frontier = changedSourceIds.ToList();
        while (frontier.Count > 0)
        {
            var relaying = await db.Set<Source>().IgnoreQueryFilters()
                .SelectMany(s => s.RelayLinks)
                .Where(link => frontier.Contains(link.RelayedSourceId))
                .Select(link => link.SourceId)
                .Distinct()
                .ToListAsync(cancellationToken);
            frontier = relaying.Where(affected.Add).ToList();
        }

        // Ids are numbers read from the database, so they are written into the statement as they are.
        var ids = string.Join(", ", affected.Order());
        foreach (var table in CitingTable.In(db.Model))
        {
            var condition = $"\"{table.Table}\".\"Id\" IN (SELECT \"{table.RecordIdColumn}\" FROM \"{table.LinkTable}\" WHERE \"SourceId\" IN ({ids}))";
            await db.Database.ExecuteSqlRawAsync(RecordStatusSql.Update(table, condition, RecordStatusSql.Version), cancellationToken);
        }
    }
}
