using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

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
    /// changed) or a source that relays one of them, directly or through others: their reach is what changed. A live
    /// record whose status changes gets a new version, as any change of what its GET answers does (so its ETag and
    /// the lists' change too); the changes are returned for the writer of the relays to audit with its key.
    /// </summary>
    public static async Task<IReadOnlyList<RelayStatusChange>> RefreshCitingAsync(
        OpsTrackerDbContext db, IReadOnlyCollection<long> changedSourceIds, CancellationToken cancellationToken)
    {
        if (changedSourceIds.Count == 0)
        {
            return [];
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

        // Ids are numbers read from the database, so they are written into the statements as they are.
        var sourceIds = string.Join(", ", affected.Order());
        var changes = new List<RelayStatusChange>();
        RecordKinds? kinds = null;
        foreach (var table in CitingTable.In(db.Model))
        {
            var citing = $"\"{table.Table}\".\"Id\" IN (SELECT \"{table.RecordIdColumn}\" FROM \"{table.LinkTable}\" WHERE \"SourceId\" IN ({sourceIds}))";
            var changed = await db.Database.SqlQueryRaw<ChangedStatus>(RecordStatusSql.Changed(table, citing)).ToListAsync(cancellationToken);
            if (changed.Count == 0)
            {
                continue;
            }

            kinds ??= db.GetService<RecordKinds>();
            var kind = kinds.All.Single(definition => definition.Table == table.Table);
            var live = changed.Where(row => row.Live).ToList();
            var before = new Dictionary<long, string>(live.Count);
            foreach (var row in live)
            {
                before[row.Id] = Serialize(await kind.FindResponseAsync(db, row.Id, cancellationToken));
            }

            await db.Database.ExecuteSqlRawAsync(
                RecordStatusSql.Update(table, $"\"{table.Table}\".\"Id\" IN ({string.Join(", ", changed.Select(row => row.Id))})", RecordStatusSql.Version),
                cancellationToken);
            if (live.Count == 0)
            {
                continue;
            }

            var now = StoredTime.Now();
            var newVersion = $"UPDATE \"{table.Table}\" SET \"Version\" = \"Version\" + 1, \"UpdatedAt\" = {{0}} WHERE \"Id\" IN ({string.Join(", ", live.Select(row => row.Id))})";
            await db.Database.ExecuteSqlRawAsync(newVersion, [now], cancellationToken);
            foreach (var row in live)
            {
                var after = Serialize(await kind.FindResponseAsync(db, row.Id, cancellationToken));
                changes.Add(new RelayStatusChange(kind.Path, row.Id, row.Version + 1, before[row.Id], after, now));
            }
        }

        return changes;
    }

    private static string Serialize(object? response) =>
        JsonSerializer.Serialize(response ?? throw new InvalidOperationException("A live record was not found by its kind's query."), AuditTrail.Json);
}
