using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// The record machinery on SQLite, by version (see <see cref="IRecordMachinerySql"/>): a trigram FTS5 index of each
/// record table's search text ("{table}Search", external content, kept in step by triggers), the live record count
/// (triggers on insert, delete and a change of DeletedAt), and the longest period (triggers on insert and a change of
/// the dates). SQLite rebuilds a table to alter some columns, and a rebuilt table loses its triggers: a migration
/// that rebuilds a record table adds its machinery again.
/// </summary>
public sealed class SqliteRecordMachinery : IRecordMachinerySql
{
    private const string NewPeriod = "CAST(julianday(new.\"EndDate\") - julianday(new.\"StartDate\") AS INTEGER)";

    /// <summary>
    /// Version 1: the full-text index and the live record count, each at version 1. Version 2: the live record count at
    /// version 2, which also keeps the table's data version.
    /// </summary>
    public IEnumerable<string> AddRecordMachinery(string table, int version) => version switch
    {
        1 => [.. AddFullTextSearch(table, 1), .. AddLiveRecordCount(table, 1)],
        2 => [.. AddFullTextSearch(table, 1), .. AddLiveRecordCount(table, 2)],
        _ => throw Unknown(nameof(AddRecordMachinery), version),
    };

    public IEnumerable<string> DropRecordMachinery(string table, int version) => version switch
    {
        1 => [.. DropLiveRecordCount(table, 1), ForgetLiveRecordCount(table), .. DropFullTextSearch(table, 1)],
        2 => [.. DropLiveRecordCount(table, 2), ForgetLiveRecordCount(table), .. DropFullTextSearch(table, 1)],
        _ => throw Unknown(nameof(DropRecordMachinery), version),
    };

    /// <summary>
    /// SQLite has no procedural SQL to loop over the rows of LiveRecordCounts, so the tables are those the migration's
    /// own model maps as record tables (<paramref name="modelTables"/>): the tables that exist at that migration.
    /// </summary>
    public IEnumerable<string> ChangeRecordMachineryOfEveryTable(int fromVersion, int toVersion, IEnumerable<string> modelTables) =>
        (fromVersion, toVersion) switch
        {
            (1, 2) or (2, 1) => modelTables.SelectMany(table => ChangeLiveRecordCount(table, fromVersion, toVersion)),
            _ => throw new NotSupportedException($"SQLite has no change of the record machinery from version {fromVersion} to {toVersion}."),
        };

    public IEnumerable<string> AddFullTextSearch(string table, int version)
    {
        Check(nameof(AddFullTextSearch), version, 1);
        var search = $"{table}Search";
        return
        [
            $"""
            CREATE VIRTUAL TABLE "{search}" USING fts5("SearchText", content='{table}', content_rowid='Id', tokenize='trigram');
            """,
            $"""
            CREATE TRIGGER "{table}_SearchInsert" AFTER INSERT ON "{table}" BEGIN
                INSERT INTO "{search}"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_SearchDelete" AFTER DELETE ON "{table}" BEGIN
                INSERT INTO "{search}"("{search}", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_SearchUpdate" AFTER UPDATE OF "SearchText" ON "{table}" BEGIN
                INSERT INTO "{search}"("{search}", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                INSERT INTO "{search}"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
            END;
            """,
            $"""INSERT INTO "{search}"("{search}") VALUES ('rebuild');""",
        ];
    }

    public IEnumerable<string> DropFullTextSearch(string table, int version)
    {
        Check(nameof(DropFullTextSearch), version, 1);
        return
        [
            $"""DROP TRIGGER "{table}_SearchInsert";""",
            $"""DROP TRIGGER "{table}_SearchDelete";""",
            $"""DROP TRIGGER "{table}_SearchUpdate";""",
            $"""DROP TABLE "{table}Search";""",
        ];
    }

    /// <summary>
    /// Version 1: the count, by triggers on insert, delete and a change of DeletedAt. Version 2: the same triggers
    /// keep the table's data version too, raised by every insert, update and delete, so that an answer read from the
    /// table can be known unchanged without being read again.
    /// </summary>
    public IEnumerable<string> AddLiveRecordCount(string table, int version)
    {
        Check(nameof(AddLiveRecordCount), version, 2);
        if (version == 2)
        {
            return [.. AddLiveRecordCount(table, 1), .. ChangeLiveRecordCount(table, 1, 2)];
        }

        return
        [
            $"""
            INSERT INTO "LiveRecordCounts" ("Table", "Count") SELECT '{table}', COUNT(*) FROM "{table}" WHERE "DeletedAt" IS NULL;
            """,
            $"""
            CREATE TRIGGER "{table}_CountInsert" AFTER INSERT ON "{table}" WHEN new."DeletedAt" IS NULL BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + 1 WHERE "Table" = '{table}';
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_CountDelete" AFTER DELETE ON "{table}" WHEN old."DeletedAt" IS NULL BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" - 1 WHERE "Table" = '{table}';
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_CountUpdate" AFTER UPDATE OF "DeletedAt" ON "{table}"
            WHEN (old."DeletedAt" IS NULL) <> (new."DeletedAt" IS NULL) BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + CASE WHEN new."DeletedAt" IS NULL THEN 1 ELSE -1 END
                WHERE "Table" = '{table}';
            END;
            """,
        ];
    }

    public IEnumerable<string> DropLiveRecordCount(string table, int version)
    {
        Check(nameof(DropLiveRecordCount), version, 2);
        return
        [
            $"""DROP TRIGGER "{table}_CountInsert";""",
            $"""DROP TRIGGER "{table}_CountDelete";""",
            $"""DROP TRIGGER "{table}_CountUpdate";""",
        ];
    }

    /// <summary>Version 2's triggers have version 1's names, so each version drops the other's by name.</summary>
    public IEnumerable<string> ChangeLiveRecordCount(string table, int fromVersion, int toVersion) => (fromVersion, toVersion) switch
    {
        (1, 2) =>
        [
            .. DropLiveRecordCount(table, 1),
            $"""
            CREATE TRIGGER "{table}_CountInsert" AFTER INSERT ON "{table}" BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + (new."DeletedAt" IS NULL), "Version" = "Version" + 1
                WHERE "Table" = '{table}';
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_CountDelete" AFTER DELETE ON "{table}" BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" - (old."DeletedAt" IS NULL), "Version" = "Version" + 1
                WHERE "Table" = '{table}';
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_CountUpdate" AFTER UPDATE ON "{table}" BEGIN
                UPDATE "LiveRecordCounts"
                SET "Count" = "Count" + (new."DeletedAt" IS NULL) - (old."DeletedAt" IS NULL), "Version" = "Version" + 1
                WHERE "Table" = '{table}';
            END;
            """,
        ],
        (2, 1) => [.. DropLiveRecordCount(table, 2), .. AddLiveRecordCount(table, 1).Skip(1)],
        _ => throw new NotSupportedException($"SQLite has no change of the live record count from version {fromVersion} to {toVersion}."),
    };

    /// <summary>
    /// Deleted records count too: a soft-deleted record can be restored with its dates unchanged. The triggers are not
    /// the search-insert trigger an import's bulk mode drops, so they run for every record an import writes.
    /// </summary>
    public IEnumerable<string> AddLongestPeriod(string table, int version)
    {
        Check(nameof(AddLongestPeriod), version, 1);
        return
        [
            $"""
            INSERT INTO "LongestPeriods" ("Table", "Days")
            SELECT '{table}', max(0, COALESCE(MAX(CAST(julianday("EndDate") - julianday("StartDate") AS INTEGER)), 0)) FROM "{table}";
            """,
            $"""
            CREATE TRIGGER "{table}_LongestPeriodInsert" AFTER INSERT ON "{table}" WHEN new."EndDate" IS NOT NULL BEGIN
                UPDATE "LongestPeriods" SET "Days" = {NewPeriod} WHERE "Table" = '{table}' AND "Days" < {NewPeriod};
            END;
            """,
            $"""
            CREATE TRIGGER "{table}_LongestPeriodUpdate" AFTER UPDATE OF "StartDate", "EndDate" ON "{table}"
            WHEN new."EndDate" IS NOT NULL BEGIN
                UPDATE "LongestPeriods" SET "Days" = {NewPeriod} WHERE "Table" = '{table}' AND "Days" < {NewPeriod};
            END;
            """,
        ];
    }

    public IEnumerable<string> DropLongestPeriod(string table, int version)
    {
        Check(nameof(DropLongestPeriod), version, 1);
        return
        [
            $"""DROP TRIGGER "{table}_LongestPeriodInsert";""",
            $"""DROP TRIGGER "{table}_LongestPeriodUpdate";""",
            $"""DELETE FROM "LongestPeriods" WHERE "Table" = '{table}';""",
        ];
    }

    private static string ForgetLiveRecordCount(string table) => $"""DELETE FROM "LiveRecordCounts" WHERE "Table" = '{table}';""";

    private static void Check(string part, int version, int latest)
    {
        if (version < 1 || version > latest)
        {
            throw Unknown(part, version);
        }
    }

    private static NotSupportedException Unknown(string part, int version) =>
        new($"SQLite has no version {version} of {part}.");
}
