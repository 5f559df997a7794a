using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Gives SQLite's planner statistics for the indexes a migration added to a file it already has statistics for.
/// SQLite keeps statistics only from <c>ANALYZE</c> (in <c>sqlite_stat1</c>), which the API does not otherwise run
/// (nor <c>PRAGMA optimize</c>, which runs it). Without them the planner weighs a new index by guesses
/// while weighing the others by their real counts, and can pick it where it reads far more rows: after
/// <c>ListCountIndexes</c>, a list of one country, outcome and year walked the new country-and-affiliation index and
/// sorted every match (0.74 s of CPU a page against 0.17 s once analysed; docs/performance.md). A migration that
/// rebuilds a table (SQLite's way of changing a column) drops every statistic of that table with it: its indexes are
/// analysed too, where the table holds records. A table with no records is left without statistics, as a new table
/// is, since statistics of an empty table would tell the planner it stays small. A file never analysed is left so:
/// the planner then guesses alike for every index.
/// </summary>
public static class SqliteNewIndexStatistics
{
    /// <summary>
    /// The indexes without statistics of their own, of tables that have statistics or records; empty where nothing was
    /// analysed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var analysed = await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'")
            .SingleAsync(cancellationToken);
        if (analysed == 0)
        {
            return [];
        }

        var unanalysed = await db.Database.SqlQueryRaw<IndexOfTable>(
                """
                SELECT m.name AS "Index", m.tbl_name AS "Table", EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = m.tbl_name) AS "TableAnalysed"
                FROM sqlite_schema m
                WHERE m.type = 'index' AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)
                ORDER BY m.name
                """)
            .ToListAsync(cancellationToken);
        var holdsRecords = new Dictionary<string, bool>(StringComparer.Ordinal);
        var indexes = new List<string>(unanalysed.Count);
        foreach (var index in unanalysed)
        {
            if (!index.TableAnalysed)
            {
                if (!holdsRecords.TryGetValue(index.Table, out var any))
                {
                    // A table name from sqlite_schema, quoted as an identifier: never from a request.
                    var holds = "SELECT EXISTS (SELECT 1 FROM " + Quoted(index.Table) + ") AS \"Value\"";
                    any = await db.Database.SqlQueryRaw<bool>(holds).SingleAsync(cancellationToken);
                    holdsRecords[index.Table] = any;
                }

                if (!any)
                {
                    continue;
                }
            }

            indexes.Add(index.Index);
        }

        return indexes;
    }

    /// <summary>Analyses each of those indexes alone (a read of the index, about a second for a million records).</summary>
    public static async Task<IReadOnlyList<string>> AnalyseAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var indexes = await FindAsync(db, cancellationToken);
        foreach (var index in indexes)
        {
            // An index name from sqlite_schema, quoted as an identifier: never from a request.
            var analyse = "ANALYZE " + Quoted(index) + ";";
            await db.Database.ExecuteSqlRawAsync(analyse, cancellationToken);
        }

        return indexes;
    }

    /// <summary>An index without statistics, its table, and whether that table has statistics of other indexes.</summary>
    private sealed record IndexOfTable(string Index, string Table, bool TableAnalysed);

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
