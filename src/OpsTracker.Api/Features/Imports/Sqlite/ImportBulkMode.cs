using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Infrastructure.Database.Schema;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>
/// The bulk path of an import on SQLite. Each inserted record otherwise updates every secondary index of its table
/// (random B-tree inserts) and, through triggers, the full-text index, the rollups and the running totals. Every
/// import drops those insert triggers from its start (<see cref="Begin"/>) and, at the end, adds its new records to
/// the full-text index, the rollups and the running totals in one statement each, since that reads only the new rows,
/// whatever the table's size; a large import (<see cref="Enter"/>) also drops the non-unique indexes, inserts the
/// rest of the records, then builds the indexes again in one sorted pass each.
///
/// Everything happens inside the import's transaction, and SQLite's DDL is transactional: a rollback (a failed row,
/// a dry run, an exception, a cancelled request) brings the dropped indexes and triggers back with it. Only the
/// commit needs <see cref="Restore"/> first, which the import runner calls right before committing.
///
/// Unique indexes stay: the externalId lookups and conflict checks of the import rely on them. So do the update and
/// delete triggers of the rollups and running totals: the records an upsert replaces move their sums from the old
/// values to the new ones row by row, as any update does, and only rows inserted by the import (ids above the
/// largest when it began, since it holds SQLite's write lock from then on) are summed at the end. The live-count
/// and longest-period triggers stay too: the first is one update of a one-row-per-table counter, the second a lookup
/// of a three-row table that writes only when a record's period is longer than any before (the from filter's bound).
/// </summary>
public sealed class ImportBulkMode : IImportBulkMode
{
    /// <summary>
    /// The page cache, in KiB, while an import writes and commits: its new pages spill to the write-ahead log later
    /// and less often, each written there fewer times. The API's own connections keep a
    /// small one and no memory map (<see cref="SqliteConnectionTuning"/>), which <see cref="Dispose"/> gives back.
    /// </summary>
    public const int ImportCacheKibibytes = 65_536;

    /// <summary>
    /// The memory map, in bytes, while an import runs: its lookups (externalIds, the indexes' pages) read the file
    /// without copying it. The API's connections have none because another connection's commit unmaps it; while an
    /// import holds the write lock no other connection commits.
    /// </summary>
    public const long ImportMemoryMapBytes = 1L << 30;

    /// <summary>The page cache, in KiB, while the indexes are built again: it also bounds the sorter's memory.</summary>
    public const int IndexBuildCacheKibibytes = 8_192;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _table;
    private readonly string _key;
    private readonly string[] _tables;
    private readonly bool _mayDropIndexes;
    private readonly List<string> _droppedSql = [];

    // ANALYZE's statistics of the dropped indexes (sqlite_stat1 rows): DROP INDEX deletes them and CREATE INDEX does not
    // write them again, which would leave the planner weighing the rebuilt indexes by guesses and the table's others by
    // their counts (see SqliteMigrationStatistics).
    private readonly List<(object Table, object Index, object Stat)> _droppedStatistics = [];

    // The insert triggers dropped for the import's duration, by name, with the SQL they were created with.
    private readonly List<(string Name, string Sql)> _deferredTriggers = [];
    private long _lastIdBefore;

    /// <summary>
    /// Bulk mode for records of <paramref name="entityType"/>, in the import's transaction. <paramref name="mayDropIndexes"/>
    /// says whether <see cref="Enter"/> may drop the indexes: not for a resource checked a record at a time, which
    /// looks up its own table (parents, unique names) while the import runs.
    /// </summary>
    public ImportBulkMode(IEntityType entityType, SqliteConnection connection, SqliteTransaction transaction, bool mayDropIndexes)
    {
        _mayDropIndexes = mayDropIndexes;
        _connection = connection;
        _transaction = transaction;
        _table = entityType.GetTableName()!;
        _key = entityType.FindPrimaryKey()!.Properties.Single().GetColumnName();

        // The record's table and the tables of its owned link rows (citations, forces, camps), written with it.
        _tables =
        [
            _table,
            .. entityType.GetNavigations()
                .Where(navigation => navigation.IsCollection && navigation.TargetEntityType.IsOwned())
                .Select(navigation => navigation.TargetEntityType.GetTableName()!),
        ];
    }

    /// <summary>True between <see cref="Enter"/> and <see cref="Restore"/>: the indexes are missing.</summary>
    public bool IsOn { get; private set; }

    /// <summary>Names of the indexes dropped, for the log and tests.</summary>
    public IReadOnlyList<string> DroppedIndexes { get; private set; } = [];

    /// <summary>
    /// Drops the insert triggers of the full-text index, the rollups and the running totals, before the import writes
    /// anything. Every record stored so far is counted in them, the triggers did it; those the import inserts, with
    /// larger ids (dropping a trigger takes the write lock, which the transaction then holds), are added by
    /// <see cref="Restore"/>.
    /// </summary>
    public void Begin()
    {
        Execute($"PRAGMA cache_size = -{ImportCacheKibibytes}; PRAGMA mmap_size = {ImportMemoryMapBytes};");
        using (var lastId = Command($"SELECT COALESCE(MAX(\"{_key}\"), 0) FROM \"{_table}\";"))
        {
            _lastIdBefore = (long)lastId.ExecuteScalar()!;
        }

        // Names as the record machinery (SearchInsert), the RunningTotals migration (TotalsInsert) and RollupSql
        // (RollupInsert) give them; a table without one has nothing of it to catch up.
        foreach (var (name, sql) in Query("""
            SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = $table
                AND "name" IN ($table || '_SearchInsert', $table || '_TotalsInsert', $table || '_RollupInsert')
            ORDER BY "name";
            """, _table))
        {
            _deferredTriggers.Add((name, sql));
            Execute($"DROP TRIGGER \"{name}\";");
        }
    }

    /// <summary>Names of the insert triggers dropped until <see cref="Restore"/>, for tests.</summary>
    public IEnumerable<string> DeferredTriggers => _deferredTriggers.Select(trigger => trigger.Name);

    /// <summary>Drops the non-unique indexes of the tables written (where allowed).</summary>
    public void Enter()
    {
        if (IsOn || !_mayDropIndexes)
        {
            return;
        }

        var dropped = new List<string>();
        var analysed = HasStatistics();
        foreach (var table in _tables)
        {
            // pragma_index_list tells unique indexes (and those behind UNIQUE or PRIMARY KEY constraints, which have
            // no SQL and cannot be dropped) from plain ones.
            foreach (var (name, sql) in Query("""
                SELECT m."name", m."sql" FROM "sqlite_master" AS m JOIN pragma_index_list($table) AS l ON l."name" = m."name"
                WHERE m."type" = 'index' AND m."tbl_name" = $table AND m."sql" IS NOT NULL AND l."unique" = 0
                ORDER BY m."name";
                """, table))
            {
                _droppedSql.Add(sql);
                dropped.Add(name);
                if (analysed)
                {
                    SaveStatistics(name);
                }

                Execute($"DROP INDEX \"{name}\";");
            }
        }

        DroppedIndexes = dropped;
        IsOn = true;
    }

    /// <summary>
    /// Builds the dropped indexes again from their saved SQL, puts the triggers back exactly as they were, and adds
    /// the records inserted without them to the full-text index, the rollups and the running totals, one statement
    /// each, exactly as the triggers would have. Must run before the commit.
    /// </summary>
    public void Restore()
    {
        // SQLite's sorter keeps up to a page cache's worth of keys in memory before it writes them out as a sorted run
        // to merge later: with the import's 64 MB cache an index build held 64 MB of keys and more in bookkeeping, and so
        // did the GROUP BY of the rollups' and running totals' catch-up below, each the import's peak while it ran.
        // Runs of 8 MB cost less memory and, merged, less time (docs/imports.md, "How it works, and speed and memory").
        // Only after a large import: the cache is the connection's own and goes back to the import's after, emptied,
        // which a small import's few rows would not repay.
        var large = IsOn;
        if (large)
        {
            Execute($"PRAGMA cache_size = -{IndexBuildCacheKibibytes};");
        }

        try
        {
            if (large)
            {
                RebuildIndexes();
            }

            CatchUp();
        }
        finally
        {
            if (large)
            {
                Execute($"PRAGMA cache_size = -{ImportCacheKibibytes};");
            }
        }
    }

    /// <summary>
    /// Gives the connection its usual page cache and no memory map back, whether the import committed or not (the
    /// settings are the connection's, not the transaction's: a rollback keeps them, and a kept connection outlives the
    /// import).
    /// </summary>
    public void Dispose()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        // Straight through SQLite, not a command, which must name the connection's transaction exactly: it may be
        // open (every way out but the commit disposes the import first), committed, or rolled back by SQLite itself
        // after an I/O error. Best effort: a failure leaves this connection a larger cache and the map, which cost
        // memory and writes, and must not take the place of the import's own outcome or error.
        _ = SQLitePCL.raw.sqlite3_exec(_connection.Handle, SqliteConnectionTuning.ReadSettings);
    }

    private void CatchUp()
    {
        var inserted = $"r.\"{_key}\" > $last";
        foreach (var (name, sql) in _deferredTriggers)
        {
            Execute(sql);
            var catchUp = name[(_table.Length + 1)..] switch
            {
                "SearchInsert" => $"""INSERT INTO "{_table}Search"(rowid, "SearchText") SELECT r."{_key}", r."SearchText" FROM "{_table}" AS r WHERE {inserted};""",
                "TotalsInsert" => RollupSql.AddToRunningTotals(_table, RollupSql.Version, inserted),
                "RollupInsert" => RollupSql.AddSums(postgres: false, _table, RollupSql.Version, inserted),
                _ => throw new UnreachableException($"Begin dropped no trigger named {name}."),
            };
            using var command = Command(catchUp);
            command.Parameters.AddWithValue("$last", _lastIdBefore);
            command.ExecuteNonQuery();
        }

        _deferredTriggers.Clear();
    }

    private void RebuildIndexes()
    {
        foreach (var sql in _droppedSql)
        {
            Execute(sql);
        }

        _droppedSql.Clear();
        RestoreStatistics();
        IsOn = false;
    }

    private bool HasStatistics()
    {
        using var command = Command("""SELECT count(*) FROM "sqlite_master" WHERE "type" = 'table' AND "name" = 'sqlite_stat1';""");
        return (long)command.ExecuteScalar()! > 0;
    }

    private void SaveStatistics(string index)
    {
        using var command = Command("""SELECT "tbl", "idx", "stat" FROM "sqlite_stat1" WHERE "idx" = $index;""");
        command.Parameters.AddWithValue("$index", index);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // As stored, whatever the values (a hand-edited row may hold NULL).
            _droppedStatistics.Add((reader.GetValue(0), reader.GetValue(1), reader.GetValue(2)));
        }
    }

    /// <summary>
    /// Writes the saved statistics back as they were before the import, as stale as those of the indexes it kept, and
    /// has this connection read them (the others read them with the new schema after the commit).
    /// </summary>
    private void RestoreStatistics()
    {
        if (_droppedStatistics.Count == 0)
        {
            return;
        }

        // Taken off the list first: a second Restore after a failure here must not write them twice.
        var saved = _droppedStatistics.ToList();
        _droppedStatistics.Clear();
        foreach (var (table, index, stat) in saved)
        {
            using var command = Command("""INSERT INTO "sqlite_stat1"("tbl", "idx", "stat") VALUES ($table, $index, $stat);""");
            command.Parameters.AddWithValue("$table", table);
            command.Parameters.AddWithValue("$index", index);
            command.Parameters.AddWithValue("$stat", stat);
            command.ExecuteNonQuery();
        }

        // SQLite's documented way to have the planner read the statistics tables again: ANALYZE of the schema table,
        // which analyses nothing (system tables are skipped).
        Execute("ANALYZE \"sqlite_schema\";");
    }

    private List<(string Name, string Sql)> Query(string sql, string table)
    {
        using var command = Command(sql);
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
