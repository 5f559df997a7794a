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
    /// <summary>Version 1: the live record count at version 2.</summary>
    public IEnumerable<string> AddRecordMachinery(string table, int version) => version switch
    {
        1 => AddLiveRecordCount(table, 2),
        _ => throw Unknown(nameof(AddRecordMachinery), version),
    };

    public IEnumerable<string> DropRecordMachinery(string table, int version) => version switch
    {
        1 => [.. DropLiveRecordCount(table, 2), $"""DELETE FROM "LiveRecordCounts" WHERE "Table" = '{table}';"""],
        _ => throw Unknown(nameof(DropRecordMachinery), version),
    };

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
        _ => throw Unknown(nameof(DropLiveRecordCount), version),
    };

    public IEnumerable<string> ChangeLiveRecordCount(string table, int fromVersion, int toVersion) => (fromVersion, toVersion) switch
    {
        (1, 2) =>
        [
            // The row function stays for deletes and soft deletes; its insert branch no longer runs.
            $"""DROP TRIGGER "{table}_Count" ON "{table}";""",
            RowCountTrigger(table, "DELETE OR UPDATE OF \"DeletedAt\""),
            $"""
            CREATE FUNCTION "{table}_CountInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
                FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
                WHERE "Table" = '{table}' AND n."Added" <> 0;
                RETURN NULL;
            END;
            $$;
            """,
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
        _ => throw new NotSupportedException($"PostgreSQL has no change of the live record count from version {fromVersion} to {toVersion}."),
    };

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
