using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>
/// The bulk path of an import on SQLite. Each inserted record otherwise updates every secondary index of its table
/// (random B-tree inserts) and, through a trigger, the full-text index. Every import drops the search-insert trigger
/// from its start (<see cref="Begin"/>) and adds its new records to the full-text index in one statement at the end,
/// since that reads only the new rows, whatever the table's size; a large import (<see cref="Enter"/>) also drops the
/// non-unique indexes, inserts the rest of the records, then builds the indexes again in one sorted pass each.
///
/// Everything happens inside the import's transaction, and SQLite's DDL is transactional: a rollback (a failed row,
/// a dry run, an exception, a cancelled request) brings the dropped indexes and trigger back with it. Only the
/// commit needs <see cref="Restore"/> first, which the import runner calls right before committing.
///
/// Unique indexes stay: the externalId lookups and conflict checks of the import rely on them. The running-totals
/// triggers stay too: each is one update of a four-row table, small beside the index maintenance. So do the
/// longest-period triggers, which the from filter's startDate bound relies on (see LongestPeriod): each is a lookup
/// of a three-row table that writes only when a record's period is longer than any before.
/// </summary>
public sealed class ImportBulkMode : IImportBulkMode
{
    /// <summary>The page cache, in KiB, while the indexes are built again: it also bounds the sorter's memory.</summary>
    public const int IndexBuildCacheKibibytes = 8_192;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _table;
    private readonly string _key;
    private readonly string[] _tables;
    private readonly bool _mayDropIndexes;
    private readonly List<string> _droppedSql = [];
    private string? _searchTriggerSql;
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
    /// Drops the search-insert trigger, before the import writes anything. Every record stored so far is in the
    /// full-text index, the trigger put it there; those the import inserts, with larger ids (dropping the trigger
    /// takes the write lock, which the transaction then holds), are added by <see cref="Restore"/>.
    /// </summary>
    public void Begin()
    {
        using (var lastId = Command($"SELECT COALESCE(MAX(\"{_key}\"), 0) FROM \"{_table}\";"))
        {
            _lastIdBefore = (long)lastId.ExecuteScalar()!;
        }

        _searchTriggerSql = Query("""
            SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = $table AND "name" = $table || '_SearchInsert';
            """, _table).Select(trigger => trigger.Sql).SingleOrDefault();
        if (_searchTriggerSql is not null)
        {
            Execute($"DROP TRIGGER \"{_table}_SearchInsert\";");
        }
    }

    /// <summary>Drops the non-unique indexes of the tables written (where allowed).</summary>
    public void Enter()
    {
        if (IsOn || !_mayDropIndexes)
        {
            return;
        }

        var dropped = new List<string>();
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
                Execute($"DROP INDEX \"{name}\";");
            }
        }

        DroppedIndexes = dropped;
        IsOn = true;
    }

    /// <summary>
    /// Builds the dropped indexes again from their saved SQL, puts the trigger back, and adds the records inserted
    /// without it to the full-text index, exactly as the trigger would have. Must run before the commit.
    /// </summary>
    public void Restore()
    {
        if (IsOn)
        {
            RebuildIndexes();
        }

        if (_searchTriggerSql is not null)
        {
            Execute(_searchTriggerSql);
            using var catchUp = Command($"""
                INSERT INTO "{_table}Search"(rowid, "SearchText") SELECT "{_key}", "SearchText" FROM "{_table}" WHERE "{_key}" > $last;
                """);
            catchUp.Parameters.AddWithValue("$last", _lastIdBefore);
            catchUp.ExecuteNonQuery();
            _searchTriggerSql = null;
        }
    }

    private void RebuildIndexes()
    {
        // SQLite's sorter keeps up to a page cache's worth of keys in memory before it writes them out as a sorted
        // run to merge later: with the usual 64 MB cache an index build held 64 MB of keys and more in bookkeeping, the
        // import's peak. Runs of 8 MB cost less memory and, merged, less time (measured: the nine indexes of
        // 1,000,000 casualties in 11 s instead of 15 s); the cache is the connection's own and goes back after.
        Execute($"PRAGMA cache_size = -{IndexBuildCacheKibibytes};");
        try
        {
            foreach (var sql in _droppedSql)
            {
                Execute(sql);
            }
        }
        finally
        {
            Execute($"PRAGMA cache_size = -{SqliteConnectionTuning.CacheKibibytes};");
        }

        _droppedSql.Clear();
        IsOn = false;
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
