using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

/// <summary>
/// The record machinery on PostgreSQL, by version (see <see cref="IRecordMachinerySql"/>). Search needs nothing here:
/// the pg_trgm GIN index of each record table is in the EF model (<see cref="PostgresOpsTrackerDbContext"/>). The
/// live record count is kept by PL/pgSQL triggers: version 1 a row trigger for every insert, delete and soft delete;
/// version 2 counts inserts once per statement from the transition table, since each update of a counter row leaves
/// a version of it that its own transaction cannot clean up (an import's COPY of 145,000 records made the counter
/// table grow by a version per record). Deletes and updates keep the row trigger: PostgreSQL allows no transition
/// table on a trigger limited to some columns.
/// </summary>
public sealed class PostgresRecordMachinery : IRecordMachinerySql
{
    /// <summary>Version 1: the live record count at version 2. Version 2: at version 3, which keeps the data version too.</summary>
    public IEnumerable<string> AddRecordMachinery(string table, int version) => version switch
    {
        1 => AddLiveRecordCount(table, 2),
        2 => AddLiveRecordCount(table, 3),
        _ => throw Unknown(nameof(AddRecordMachinery), version),
    };

    public IEnumerable<string> DropRecordMachinery(string table, int version) => version switch
    {
        1 => [.. DropLiveRecordCount(table, 2), $"""DELETE FROM "LiveRecordCounts" WHERE "Table" = '{table}';"""],
        2 => [.. DropLiveRecordCount(table, 3), $"""DELETE FROM "LiveRecordCounts" WHERE "Table" = '{table}';"""],
        _ => throw Unknown(nameof(DropRecordMachinery), version),
    };

    /// <summary>
    /// One DO block that reads the tables from the rows of LiveRecordCounts when the migration runs, and runs for each
    /// the change of its live record count, so that every record table existing then is changed, whichever migrations
    /// made it. <paramref name="modelTables"/> is not read: the database knows its tables.
    /// </summary>
    public IEnumerable<string> ChangeRecordMachineryOfEveryTable(int fromVersion, int toVersion, IEnumerable<string> modelTables)
    {
        var (fromCount, toCount) = (fromVersion, toVersion) switch
        {
            (1, 2) => (2, 3),
            (2, 1) => (3, 2),
            _ => throw new NotSupportedException($"PostgreSQL has no change of the record machinery from version {fromVersion} to {toVersion}."),
        };
        const string placeholder = "__RECORD_TABLE__";
        var statements = ChangeLiveRecordCount(placeholder, fromCount, toCount)
            .Select(statement => $"        EXECUTE replace($statement${statement}$statement$, '{placeholder}', record_table);");
        return
        [
            $"""
            DO $every_table$
            DECLARE
                record_table text;
            BEGIN
                FOR record_table IN SELECT "Table" FROM "LiveRecordCounts" ORDER BY "Table" LOOP
            {string.Join("\n", statements)}
                END LOOP;
            END;
            $every_table$;
            """,
        ];
    }

    public IEnumerable<string> AddFullTextSearch(string table, int version) =>
        throw new NotSupportedException("PostgreSQL's search index is in the EF model (a pg_trgm GIN index), not in migration SQL.");

    public IEnumerable<string> DropFullTextSearch(string table, int version) =>
        throw new NotSupportedException("PostgreSQL's search index is in the EF model (a pg_trgm GIN index), not in migration SQL.");

    public IEnumerable<string> AddLiveRecordCount(string table, int version) => version switch
    {
        1 =>
        [
            $"""
            INSERT INTO "LiveRecordCounts" ("Table", "Count") SELECT '{table}', COUNT(*) FROM "{table}" WHERE "DeletedAt" IS NULL;
            """,
            CountFunction(table),
            RowCountTrigger(table, "INSERT OR DELETE OR UPDATE OF \"DeletedAt\""),
        ],
        2 => [.. AddLiveRecordCount(table, 1), .. ChangeLiveRecordCount(table, 1, 2)],
        3 => [.. AddLiveRecordCount(table, 2), .. ChangeLiveRecordCount(table, 2, 3)],
        _ => throw Unknown(nameof(AddLiveRecordCount), version),
    };

    public IEnumerable<string> DropLiveRecordCount(string table, int version) => version switch
    {
        1 =>
        [
            $"""DROP TRIGGER "{table}_Count" ON "{table}";""",
            $"""DROP FUNCTION "{table}_Count"();""",
        ],
        2 =>
        [
            .. ChangeLiveRecordCount(table, 2, 1),
            .. DropLiveRecordCount(table, 1),
        ],
        3 =>
        [
            .. ChangeLiveRecordCount(table, 3, 2),
            .. DropLiveRecordCount(table, 2),
        ],
        _ => throw Unknown(nameof(DropLiveRecordCount), version),
    };

    public IEnumerable<string> ChangeLiveRecordCount(string table, int fromVersion, int toVersion) => (fromVersion, toVersion) switch
    {
        (1, 2) =>
        [
            // The row function stays for deletes and soft deletes; its insert branch no longer runs.
            $"""DROP TRIGGER "{table}_Count" ON "{table}";""",
            RowCountTrigger(table, "DELETE OR UPDATE OF \"DeletedAt\""),
            CountInsertedFunction(table, "CREATE", keepsVersion: false),
            $"""
            CREATE TRIGGER "{table}_CountInserted" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION "{table}_CountInserted"();
            """,
        ],
        (2, 1) =>
        [
            $"""DROP TRIGGER "{table}_CountInserted" ON "{table}";""",
            $"""DROP FUNCTION "{table}_CountInserted"();""",
            $"""DROP TRIGGER "{table}_Count" ON "{table}";""",
            RowCountTrigger(table, "INSERT OR DELETE OR UPDATE OF \"DeletedAt\""),
        ],
        (2, 3) =>
        [
            // Inserts raise the version once per statement, with the count; updates and deletes once per statement
            // too, by a trigger of their own (a statement trigger may watch every column, a row trigger's transition
            // table may not). That one runs BEFORE the statement: every write then locks the live count's row before
            // the running totals' rows, as an insert's triggers do (CountInserted before TotalsInserted), where after
            // the statement an update's row trigger on the totals came first and a concurrent insert and update
            // deadlocked.
            CountInsertedFunction(table, "CREATE OR REPLACE", keepsVersion: true),
            $"""
            CREATE FUNCTION "{table}_Version"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "LiveRecordCounts" SET "Version" = "Version" + 1 WHERE "Table" = '{table}';
                RETURN NULL;
            END;
            $$;
            """,
            $"""
            CREATE TRIGGER "{table}_Version" BEFORE UPDATE OR DELETE ON "{table}"
            FOR EACH STATEMENT EXECUTE FUNCTION "{table}_Version"();
            """,
        ],
        (3, 2) =>
        [
            $"""DROP TRIGGER "{table}_Version" ON "{table}";""",
            $"""DROP FUNCTION "{table}_Version"();""",
            CountInsertedFunction(table, "CREATE OR REPLACE", keepsVersion: false),
        ],
        _ => throw new NotSupportedException($"PostgreSQL has no change of the live record count from version {fromVersion} to {toVersion}."),
    };

    /// <summary>
    /// Counts the live records a statement inserted, from its transition table (version 2); from version 3 it raises the
    /// table's data version as well, even when the statement inserted only deleted records.
    /// </summary>
    private static string CountInsertedFunction(string table, string create, bool keepsVersion) => keepsVersion
        ? $"""
            {create} FUNCTION "{table}_CountInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added", "Version" = "Version" + 1
                FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
                WHERE "Table" = '{table}';
                RETURN NULL;
            END;
            $$;
            """
        : $"""
            {create} FUNCTION "{table}_CountInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
                FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
                WHERE "Table" = '{table}' AND n."Added" <> 0;
                RETURN NULL;
            END;
            $$;
            """;

    /// <summary>
    /// Inserts raise the bound once per statement from the transition table (an import's COPY batch is one statement),
    /// date changes per row. The update only writes when the period is longer, and under READ COMMITTED a writer that
    /// waited for another's lock checks the committed value again, so concurrent writers from several API instances
    /// never lower it. Deleted records count too: a soft-deleted record can be restored with its dates unchanged.
    /// </summary>
    public IEnumerable<string> AddLongestPeriod(string table, int version)
    {
        if (version != 1)
        {
            throw Unknown(nameof(AddLongestPeriod), version);
        }

        return
        [
            $"""
            INSERT INTO "LongestPeriods" ("Table", "Days")
            SELECT '{table}', GREATEST(0, COALESCE(MAX({Period("r")}), 0)) FROM "{table}" AS r;
            """,
            $"""
            CREATE FUNCTION "{table}_LongestPeriodInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "LongestPeriods" SET "Days" = n."Days"
                FROM (SELECT MAX({Period("i")}) AS "Days" FROM inserted AS i) AS n
                WHERE "LongestPeriods"."Table" = '{table}' AND "LongestPeriods"."Days" < n."Days";
                RETURN NULL;
            END;
            $$;
            """,
            $"""
            CREATE TRIGGER "{table}_LongestPeriodInserted" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION "{table}_LongestPeriodInserted"();
            """,
            $"""
            CREATE FUNCTION "{table}_LongestPeriod"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "LongestPeriods" SET "Days" = {Period("new")}
                WHERE "Table" = '{table}' AND "Days" < {Period("new")};
                RETURN NULL;
            END;
            $$;
            """,
            $"""
            CREATE TRIGGER "{table}_LongestPeriod" AFTER UPDATE OF "StartDate", "EndDate" ON "{table}"
            FOR EACH ROW WHEN (new."EndDate" IS NOT NULL) EXECUTE FUNCTION "{table}_LongestPeriod"();
            """,
        ];
    }

    public IEnumerable<string> DropLongestPeriod(string table, int version)
    {
        if (version != 1)
        {
            throw Unknown(nameof(DropLongestPeriod), version);
        }

        return
        [
            $"""DROP TRIGGER "{table}_LongestPeriodInserted" ON "{table}";""",
            $"""DROP FUNCTION "{table}_LongestPeriodInserted"();""",
            $"""DROP TRIGGER "{table}_LongestPeriod" ON "{table}";""",
            $"""DROP FUNCTION "{table}_LongestPeriod"();""",
            $"""DELETE FROM "LongestPeriods" WHERE "Table" = '{table}';""",
        ];
    }

    /// <summary>
    /// The period of record <paramref name="r"/> in days. Npgsql stores the first and last dates as -infinity and
    /// infinity, which cannot be subtracted: such a period counts as longer than any, so the filter drops its bound.
    /// </summary>
    private static string Period(string r) => $"""
        CASE WHEN {r}."EndDate" IS NULL THEN 0
             WHEN isfinite({r}."StartDate") AND isfinite({r}."EndDate") THEN {r}."EndDate" - {r}."StartDate"
             ELSE 2147483647 END
        """;

    /// <summary>Counts a record in or out as it is inserted, deleted, or soft-deleted and restored.</summary>
    private static string CountFunction(string table) => $"""
        CREATE FUNCTION "{table}_Count"() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            change bigint := 0;
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                IF old."DeletedAt" IS NULL THEN
                    change := change - 1;
                END IF;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                IF new."DeletedAt" IS NULL THEN
                    change := change + 1;
                END IF;
            END IF;
            IF change <> 0 THEN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = '{table}';
            END IF;
            RETURN NULL;
        END;
        $$;
        """;

    private static string RowCountTrigger(string table, string events) => $"""
        CREATE TRIGGER "{table}_Count" AFTER {events} ON "{table}"
        FOR EACH ROW EXECUTE FUNCTION "{table}_Count"();
        """;

    private static NotSupportedException Unknown(string part, int version) =>
        new($"PostgreSQL has no version {version} of {part}.");
}
