using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Schema;
using OpsTracker.Api.RecordEngine.Counters;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Statuses;

namespace OpsTracker.Api.Features.Consistency;

/// <summary>
/// Compares what the database keeps beside the records with the records themselves: the trigger-kept live record
/// counts, running totals and longest periods, the full-text search index, the audit trail, the records' statuses, and the database's own
/// structure. Every record kind the engine declares (<see cref="RecordKinds"/>) is covered, its table named by the
/// model. Read-only; the counters and totals are read in one snapshot with the records they count, so the check can
/// run beside a live API. What differs by database is in <see cref="IDatabaseChecks"/>.
/// </summary>
public sealed class ConsistencyCheck(OpsTrackerDbContext db, RecordKinds kinds)
{
    private readonly CheckQueries queries = new(db);

    public async Task<IReadOnlyList<ConsistencyFinding>> RunAsync(CancellationToken cancellationToken)
    {
        var findings = new List<ConsistencyFinding>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            // Without the schema the counters live in, there is nothing to compare; the API applies them at start-up.
            findings.Add(new("schema", false, $"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}. Start the API once to apply them."));
            return findings;
        }

        var tables = RecordTables();
        var database = db.Dialect.Choose(new DatabaseChecks(db, queries));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The search index check may write (SQLite's FTS5 takes it as an insert), so it runs before the snapshot.
            findings.Add(await database.StructureAsync(tables, cancellationToken));
            findings.AddRange(await database.SearchIndexesAsync(tables, cancellationToken));

            // One state of the database throughout, without blocking writers.
            await using (await database.BeginSnapshotAsync(cancellationToken))
            {
                await LiveCountsAsync(tables, findings, cancellationToken);
                await RunningTotalsAsync(findings, cancellationToken);
                await RollupsAsync(database.RollupSumsSql, findings, cancellationToken);
                await LongestPeriodsAsync(tables, database.PeriodDaysSql, findings, cancellationToken);
                await AuditTrailAsync(tables, findings, cancellationToken);
                await StatusesAsync(findings, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return findings;
    }

    private async Task LiveCountsAsync(IReadOnlyList<RecordTable> tables, List<ConsistencyFinding> findings, CancellationToken cancellationToken)
    {
        var stored = await db.Set<LiveRecordCount>().AsNoTracking().ToDictionaryAsync(count => count.Table, count => count.Count, cancellationToken);
        foreach (var table in tables)
        {
            var counted = (await queries.ScalarsAsync<long>($"SELECT COUNT(*) FROM \"{table.Table}\" WHERE \"DeletedAt\" IS NULL;", cancellationToken)).Single();
            var what = $"live record count of {table.Table}";
            findings.Add(stored.TryGetValue(table.Table, out var count)
                ? new(what, count == counted, count == counted ? $"{count}" : $"stored {count}, the records give {counted}")
                : new(what, false, $"no stored count; the records give {counted}"));
        }
    }

    private async Task RunningTotalsAsync(List<ConsistencyFinding> findings, CancellationToken cancellationToken)
    {
        var stored = await db.Set<RunningTotal>().AsNoTracking().ToDictionaryAsync(total => total.Metric, cancellationToken);
        RunningTotal[] expected =
        [
            await CountAggregation.RunningTotalOfAsync(db.Set<Operation>().AsNoTracking(), RunningTotal.Operations, cancellationToken),
            await CountAggregation.RunningTotalOfAsync(db.Set<Casualty>().AsNoTracking().Where(c => c.Outcome == CasualtyOutcome.Killed), RunningTotal.Killed, cancellationToken),
            await CountAggregation.RunningTotalOfAsync(db.Set<Casualty>().AsNoTracking().Where(c => c.Outcome == CasualtyOutcome.Wounded), RunningTotal.Wounded, cancellationToken),
            await CountAggregation.RunningTotalOfAsync(db.Set<Arrest>().AsNoTracking(), RunningTotal.Arrested, cancellationToken),
        ];
        foreach (var total in expected)
        {
            var what = $"running total of {total.Metric}";
            if (!stored.TryGetValue(total.Metric, out var kept))
            {
                findings.Add(new(what, false, $"no stored total; the records give {Describe(total)}"));
                continue;
            }

            var agrees = kept.Best == total.Best && kept.Low == total.Low && kept.High == total.High
                && kept.Unbounded == total.Unbounded && kept.Records == total.Records;
            findings.Add(new(what, agrees, agrees ? Describe(kept) : $"stored {Describe(kept)}; the records give {Describe(total)}"));
        }

        // A total kept by a trigger this check does not recompute would otherwise go unchecked without a word.
        foreach (var metric in stored.Keys.Except(expected.Select(total => total.Metric)))
        {
            findings.Add(new($"running total of {metric}", false, "stored, but the check does not know which records it counts"));
        }
    }

    /// <summary>
    /// The rollups hold exactly the sums the live records make (<see cref="RollupSql.AllSums"/>): a row the records do
    /// not give, or a sum they give that no row holds, is a disagreement. Rows the triggers emptied (every record
    /// changed or deleted) count as absent.
    /// </summary>
    private async Task RollupsAsync(string expected, List<ConsistencyFinding> findings, CancellationToken cancellationToken)
    {
        const string Stored = """
            SELECT "Metric", "Country", "Region", "Affiliation", "StartMonth", "EndMonth", "Status", "Best", "Low", "High", "Unbounded", "Records"
            FROM "Rollups" WHERE "Records" <> 0 OR "Best" <> 0 OR "Low" <> 0 OR "High" <> 0 OR "Unbounded" <> 0
            """;
        var extra = (await queries.ScalarsAsync<long>($"SELECT COUNT(*) FROM ({Stored} EXCEPT SELECT * FROM ({expected}) AS e) AS d;", cancellationToken)).Single();
        var missing = (await queries.ScalarsAsync<long>($"SELECT COUNT(*) FROM (SELECT * FROM ({expected}) AS e EXCEPT {Stored}) AS d;", cancellationToken)).Single();
        var rows = (await queries.ScalarsAsync<long>($"SELECT COUNT(*) FROM ({Stored}) AS s;", cancellationToken)).Single();
        findings.Add(new("rollups", extra == 0 && missing == 0,
            extra == 0 && missing == 0 ? $"{rows} rows" : $"{extra} stored rows the records do not give, {missing} sums of the records no row holds"));
    }

    /// <summary>
    /// The longest period of each table with periods is an upper bound that is never lowered (see
    /// <see cref="LongestPeriod"/>): it agrees while no record, deleted ones included, has a longer one.
    /// </summary>
    private async Task LongestPeriodsAsync(IReadOnlyList<RecordTable> tables, string days, List<ConsistencyFinding> findings, CancellationToken cancellationToken)
    {
        var stored = await db.Set<LongestPeriod>().AsNoTracking().ToDictionaryAsync(period => period.Table, period => period.Days, cancellationToken);
        foreach (var table in tables.Where(table => table.HasPeriod))
        {
            var longest = (await queries.ScalarsAsync<long>($"SELECT COALESCE(MAX({days}), 0) FROM \"{table.Table}\";", cancellationToken)).Single();
            var what = $"longest period of {table.Table}";
            findings.Add(stored.TryGetValue(table.Table, out var bound)
                ? new(what, bound >= longest, bound >= longest
                    ? $"{bound} days bounds the longest record's {longest}"
                    : $"stored {bound} days, but a record's period is {longest} days")
                : new(what, false, $"no stored bound; the longest record's period is {longest} days"));
        }
    }

    /// <summary>
    /// Every write leaves an audit entry in its own transaction, so each record's latest entry carries its version, and
    /// no entry names a record that does not exist (an import rolled back takes its entries with it). A record an import
    /// created has no entry of its own until it changes: it is audited by the import's entry, whose runs of created ids
    /// hold it, while it is at its first version. An import's entry names no record.
    /// </summary>
    private async Task AuditTrailAsync(IReadOnlyList<RecordTable> tables, List<ConsistencyFinding> findings, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            var unaudited = (await queries.ScalarsAsync<long>($"""
                SELECT COUNT(*) FROM "{table.Table}" AS r
                LEFT JOIN (SELECT "RecordId", MAX("Version") AS "Version" FROM "AuditEntries" WHERE "Resource" = '{table.Path}' GROUP BY "RecordId") AS a
                    ON a."RecordId" = r."Id"
                WHERE (a."Version" IS NULL AND NOT (r."Version" = {ImportedHistory.FirstVersion} AND COALESCE((
                        SELECT i."LastId" FROM "ImportedRecordRanges" AS i
                        WHERE i."Resource" = '{table.Path}' AND i."FirstId" <= r."Id"
                        ORDER BY i."FirstId" DESC LIMIT 1), 0) >= r."Id"))
                    OR a."Version" <> r."Version";
                """, cancellationToken)).Single();
            var orphans = (await queries.ScalarsAsync<long>($"""
                SELECT COUNT(*) FROM "AuditEntries" AS a
                WHERE a."Resource" = '{table.Path}' AND a."Action" <> '{AuditAction.Import}'
                    AND NOT EXISTS (SELECT 1 FROM "{table.Table}" AS r WHERE r."Id" = a."RecordId");
                """, cancellationToken)).Single()
                + (await queries.ScalarsAsync<long>($"""
                SELECT COUNT(*) FROM "ImportedRecordRanges" AS i
                WHERE i."Resource" = '{table.Path}' AND (SELECT COUNT(*) FROM "{table.Table}" AS r
                    WHERE r."Id" BETWEEN i."FirstId" AND i."LastId") <> i."LastId" - i."FirstId" + 1;
                """, cancellationToken)).Single();
            var agrees = unaudited == 0 && orphans == 0;
            findings.Add(new($"audit trail of {table.Path}", agrees, agrees
                ? "each record's latest entry has its version"
                : $"{unaudited} record(s) whose latest entry is not at their version; {orphans} entry(ies) or imported id(s) naming a record that does not exist"));
        }
    }

    /// <summary>
    /// Each citing record's stored status is what its citations and the relays of the sources they cite make it: a write
    /// stamps it, a change of relays sets it again on every record it reaches (<see cref="RecordStatuses"/>).
    /// </summary>
    private async Task StatusesAsync(List<ConsistencyFinding> findings, CancellationToken cancellationToken)
    {
        foreach (var table in CitingTable.In(db.Model))
        {
            var differing = (await queries.ScalarsAsync<long>(RecordStatusSql.Disagreements(table), cancellationToken)).Single();
            findings.Add(new($"statuses of {table.Table}", differing == 0, differing == 0
                ? "each record's status is what its citations make it"
                : $"{differing} record(s) whose stored status is not what their citations make it"));
        }
    }

    private static string Describe(RunningTotal total) =>
        $"best {total.Best}, low {total.Low}, high {total.High} (+{total.Unbounded} unbounded), records {total.Records}";

    private List<RecordTable> RecordTables()
    {
        var collector = new TableCollector(db);
        kinds.VisitAll(collector);
        return collector.Tables;
    }

    private sealed class TableCollector(OpsTrackerDbContext db) : IResourceVisitor
    {
        public List<RecordTable> Tables { get; } = [];

        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse =>
            Tables.Add(new(db.Model.FindEntityType(typeof(TEntity))!.GetTableName()!, resource.Path, typeof(IPeriod).IsAssignableFrom(typeof(TEntity))));
    }
}
