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
/// <remarks>
/// Where migrations are pending, the tables that had statistics are noted in the file itself (<see cref="NotedTables"/>)
/// until they are analysed: a start-up stopped between a migration that rebuilt a table and the analysis (a failed
/// later migration, Ctrl+C, a kill) would otherwise leave that table without statistics for good, nothing in the file
/// saying it had any. With none pending, nothing is noted: each change to the schema makes every other connection on
/// the file prepare its statements again.
/// </remarks>
public static class SqliteMigrationStatistics
{
    /// <summary>The table holding the names of the tables analysed before the migrations, until the analysis after them.</summary>
    public const string NotedTables = "__OpsTrackerAnalysedTables";

    /// <summary>Notes the tables that have statistics, before the migrations; nothing where nothing was analysed.</summary>
    public static async Task NoteAnalysedTablesAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (!await HasStatisticsAsync(db, cancellationToken))
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(
            $"""
            CREATE TABLE IF NOT EXISTS "{NotedTables}" ("Name" TEXT NOT NULL);
            INSERT INTO "{NotedTables}" ("Name")
                SELECT DISTINCT s.tbl FROM sqlite_stat1 s WHERE s.tbl NOT IN (SELECT "Name" FROM "{NotedTables}");
            """,
            cancellationToken);
    }

    /// <summary>
    /// The indexes without statistics of their own, of tables that have some or were noted as having some; empty where
    /// nothing was analysed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (!await HasStatisticsAsync(db, cancellationToken))
        {
            return [];
        }

        var hadStatistics = await TableExistsAsync(db, NotedTables, cancellationToken) ? $"OR m.tbl_name IN (SELECT \"Name\" FROM \"{NotedTables}\")" : "";
        var unanalysed = $"""
            SELECT m.name AS "Value" FROM sqlite_schema m
            WHERE m.type = 'index' AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)
              AND (EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = m.tbl_name) {hadStatistics})
            ORDER BY m.name
            """;
        return await db.Database.SqlQueryRaw<string>(unanalysed).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Analyses each of those indexes alone (a read of that index, not of the table), then forgets the noted tables;
    /// where there is nothing to analyse and nothing noted, changes nothing.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AnalyseAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var indexes = await FindAsync(db, cancellationToken);
        foreach (var index in indexes)
        {
            // An index name from sqlite_schema, quoted as an identifier: never from a request.
            var analyse = "ANALYZE \"" + index.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";";
            await db.Database.ExecuteSqlRawAsync(analyse, cancellationToken);
        }

        // Where the table does not exist, SQLite writes nothing (the schema version stays).
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS \"{NotedTables}\";", cancellationToken);
        return indexes;
    }

    private static Task<bool> HasStatisticsAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        TableExistsAsync(db, "sqlite_stat1", cancellationToken);

    private static async Task<bool> TableExistsAsync(OpsTrackerDbContext db, string table, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE type = 'table' AND name = {0}", table)
            .SingleAsync(cancellationToken) > 0;
}
