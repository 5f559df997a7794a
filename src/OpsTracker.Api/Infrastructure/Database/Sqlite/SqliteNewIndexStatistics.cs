using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Gives SQLite's planner statistics for the indexes a migration added to a file it already has statistics for.
/// SQLite keeps statistics only from <c>ANALYZE</c> (in <c>sqlite_stat1</c>), which the API does not otherwise run
/// (nor <c>PRAGMA optimize</c>, which runs it). Without them the planner weighs a new index by guesses
/// while weighing the others by their real counts, and can pick it where it reads far more rows: after
/// <c>ListCountIndexes</c>, a list of one country, outcome and year walked the new country-and-affiliation index and
/// sorted every match (0.74 s of CPU a page against 0.17 s once analysed; docs/performance.md). A file never analysed
/// is left so: the planner then guesses alike for every index.
/// </summary>
public static class SqliteNewIndexStatistics
{
    /// <summary>The indexes of analysed tables that have no statistics of their own; empty where nothing was analysed.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var analysed = await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'")
            .SingleAsync(cancellationToken);
        if (analysed == 0)
        {
            return [];
        }

        return await db.Database.SqlQueryRaw<string>(
                """
                SELECT m.name AS "Value" FROM sqlite_schema m
                WHERE m.type = 'index'
                  AND EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = m.tbl_name)
                  AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)
                ORDER BY m.name
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Analyses each of those indexes alone (a read of the index, about a second for a million records).</summary>
    public static async Task<IReadOnlyList<string>> AnalyseAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var indexes = await FindAsync(db, cancellationToken);
        foreach (var index in indexes)
        {
            // An index name from sqlite_schema, quoted as an identifier: never from a request.
            var analyse = "ANALYZE \"" + index.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";";
            await db.Database.ExecuteSqlRawAsync(analyse, cancellationToken);
        }

        return indexes;
    }
}
