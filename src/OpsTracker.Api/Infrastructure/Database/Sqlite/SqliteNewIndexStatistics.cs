using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Gives SQLite's planner statistics for the indexes the migrations left without any, in a file it already has
/// statistics for. SQLite keeps statistics only from <c>ANALYZE</c> (in <c>sqlite_stat1</c>), which the API does not
/// otherwise run (nor <c>PRAGMA optimize</c>, which runs it). Without them the planner weighs such an index by guesses
/// while weighing the others by their real counts, and can pick it where it reads far more rows (docs/deployment.md).
/// A migration leaves an index so when it adds one, and when it rebuilds a table (SQLite's way of changing a column or
/// adding a foreign key), which drops every statistic of that table. A table that had none before the migrations is
/// left so, as a file never analysed is: the planner then guesses alike for all its indexes.
/// </summary>
public static class SqliteNewIndexStatistics
{
    /// <summary>The tables that have statistics; empty where nothing was analysed.</summary>
    public static async Task<IReadOnlySet<string>> AnalysedTablesAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (!await HasStatisticsAsync(db, cancellationToken))
        {
            return new HashSet<string>();
        }

        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT DISTINCT tbl AS \"Value\" FROM sqlite_stat1")
            .ToListAsync(cancellationToken);
        return tables.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The indexes without statistics of their own, of tables that have some or had some in
    /// <paramref name="analysedBefore"/>; empty where nothing was analysed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(OpsTrackerDbContext db, IReadOnlySet<string> analysedBefore,
        CancellationToken cancellationToken)
    {
        if (!await HasStatisticsAsync(db, cancellationToken))
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
        return unanalysed
            .Where(index => index.TableAnalysed || analysedBefore.Contains(index.Table))
            .Select(index => index.Index)
            .ToList();
    }

    /// <summary>Analyses each of those indexes alone: a read of that index, not of the table.</summary>
    public static async Task<IReadOnlyList<string>> AnalyseAsync(OpsTrackerDbContext db, IReadOnlySet<string> analysedBefore,
        CancellationToken cancellationToken)
    {
        var indexes = await FindAsync(db, analysedBefore, cancellationToken);
        foreach (var index in indexes)
        {
            // An index name from sqlite_schema, quoted as an identifier: never from a request.
            var analyse = "ANALYZE \"" + index.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";";
            await db.Database.ExecuteSqlRawAsync(analyse, cancellationToken);
        }

        return indexes;
    }

    private static async Task<bool> HasStatisticsAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'")
            .SingleAsync(cancellationToken) > 0;

    /// <summary>An index without statistics, its table, and whether that table has statistics of other indexes.</summary>
    private sealed record IndexOfTable(string Index, string Table, bool TableAnalysed);
}
