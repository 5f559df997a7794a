namespace OpsTracker.Api.Infrastructure.Database.Schema;

/// <summary>
/// The SQL that keeps the Rollups table (see <c>Features/Stats/Rollup</c>): each summary metric's sums by place,
/// affiliation, status and the months a record's period starts and ends in, over the live records, with the bound
/// rules of the running totals. Like the record machinery, a version's SQL never changes: the Rollups migration
/// calls version 1, and the consistency check compares the table with <see cref="Sums"/> of the latest.
/// </summary>
public static class RollupSql
{
    public const int Version = 1;

    /// <summary>The record tables whose records the summary sums, with the metric a row of each counts in (SQL on the row {0}, NULL: none).</summary>
    public static readonly IReadOnlyList<(string Table, string Metric, bool HasAffiliation)> Tables =
    [
        ("Operations", "'operations'", false),
        ("Casualties", "CASE {0}.\"Outcome\" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END", true),
        ("Arrests", "'arrested'", false),
    ];

    private const string Keys = "\"Metric\", \"Country\", \"Region\", \"Affiliation\", \"StartMonth\", \"EndMonth\", \"Status\"";
    private const string Columns = Keys + ", \"Best\", \"Low\", \"High\", \"Unbounded\", \"Records\"";

    /// <summary>The triggers of one table, on the migration's database.</summary>
    public static IEnumerable<string> AddTriggers(bool postgres, string table, int version)
    {
        Check(version);
        var (_, metric, hasAffiliation) = Tables.Single(t => t.Table == table);
        return postgres ? PostgresTriggers(table, metric, hasAffiliation) : SqliteTriggers(table, metric, hasAffiliation);
    }

    public static IEnumerable<string> DropTriggers(bool postgres, string table, int version)
    {
        Check(version);
        return postgres
            ?
            [
                $"""DROP TRIGGER "{table}_TotalsInsertedRollup" ON "{table}";""",
                $"""DROP FUNCTION "{table}_RollupInserted"();""",
                $"""DROP TRIGGER "{table}_TotalsRollup" ON "{table}";""",
                $"""DROP FUNCTION "{table}_Rollup"();""",
            ]
            :
            [
                $"""DROP TRIGGER "{table}_RollupInsert";""",
                $"""DROP TRIGGER "{table}_RollupDelete";""",
                $"""DROP TRIGGER "{table}_RollupUpdate";""",
            ];
    }

    /// <summary>The rollup rows the live records of every rolled-up table make, as one SELECT of the table's columns in order.</summary>
    public static string AllSums(bool postgres) => string.Join(" UNION ALL ", Tables.Select(table => Sums(postgres, table.Table, Version)));

    /// <summary>The rollup rows the live records of <paramref name="table"/> make, as a SELECT of the table's columns in order.</summary>
    public static string Sums(bool postgres, string table, int version) => SumsWhere(postgres, table, version, "");

    /// <summary>
    /// Adds to the rollups, in one statement, the sums of the live records of <paramref name="table"/> that
    /// <paramref name="condition"/> (SQL on the row <c>r</c>) picks: what the insert trigger does a row at a time,
    /// for records written while it was dropped (a bulk import on SQLite).
    /// </summary>
    public static string AddSums(bool postgres, string table, int version, string condition) =>
        $"""INSERT INTO "Rollups" ({Columns}) {SumsWhere(postgres, table, version, $" AND ({condition})")} {OnConflict(postgres)};""";

    /// <summary>
    /// Adds to the running totals, in one statement, the figures of the live records of <paramref name="table"/> that
    /// <paramref name="condition"/> (SQL on the row <c>r</c>) picks: what the running totals' insert trigger does a
    /// row at a time. A running total is the rollups' sums of its metric, with the same bound rules, so both are
    /// written from the expressions here.
    /// </summary>
    public static string AddToRunningTotals(string table, int version, string condition)
    {
        Check(version);
        var m = $"({string.Format(Tables.Single(t => t.Table == table).Metric, "r")})";
        return $"""
            UPDATE "RunningTotals" SET "Best" = "RunningTotals"."Best" + s."Best", "Low" = "RunningTotals"."Low" + s."Low",
                "High" = "RunningTotals"."High" + s."High", "Unbounded" = "RunningTotals"."Unbounded" + s."Unbounded",
                "Records" = "RunningTotals"."Records" + s."Records"
            FROM (
                SELECT {m} AS "Metric", SUM(r."CountBest") AS "Best", SUM({Low("r")}) AS "Low", SUM({High("r")}) AS "High",
                    SUM({Unbounded("r")}) AS "Unbounded", COUNT(*) AS "Records"
                FROM "{table}" AS r WHERE r."DeletedAt" IS NULL AND {m} IS NOT NULL AND ({condition})
                GROUP BY 1
            ) AS s
            WHERE "RunningTotals"."Metric" = s."Metric";
            """;
    }

    /// <summary>Fills the table from the records already stored (the migration, once the triggers are in place).</summary>
    public static string Fill(bool postgres, string table, int version) =>
        $"""INSERT INTO "Rollups" ({Columns}) {Sums(postgres, table, version)};""";

    // The text of Sums with no condition is what the Rollups migration and the consistency check have always run.
    private static string SumsWhere(bool postgres, string table, int version, string condition)
    {
        Check(version);
        var (_, metric, hasAffiliation) = Tables.Single(t => t.Table == table);
        var m = $"({string.Format(metric, "r")})";
        return $"""
            SELECT {Key(postgres, "r", m, hasAffiliation)},
                SUM(r."CountBest"), SUM({Low("r")}), SUM({High("r")}), SUM({Unbounded("r")}), COUNT(*)
            FROM "{table}" AS r WHERE r."DeletedAt" IS NULL AND {m} IS NOT NULL{condition}
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            """;
    }

    private static IEnumerable<string> SqliteTriggers(string table, string metric, bool hasAffiliation)
    {
        // In parentheses: PL/pgSQL ends an IF's condition at the first THEN outside them, a CASE's included.
        string M(string row) => $"({string.Format(metric, row)})";
        var watched = WatchedColumns(hasAffiliation);
        yield return $"""
            CREATE TRIGGER "{table}_RollupInsert" AFTER INSERT ON "{table}"
            WHEN NEW."DeletedAt" IS NULL AND {M("NEW")} IS NOT NULL
            BEGIN
                {Add(false, "NEW", M("NEW"), hasAffiliation, "TRUE")}
            END;
            """;
        yield return $"""
            CREATE TRIGGER "{table}_RollupDelete" AFTER DELETE ON "{table}"
            WHEN OLD."DeletedAt" IS NULL AND {M("OLD")} IS NOT NULL
            BEGIN
                {Subtract(false, "OLD", M("OLD"), hasAffiliation)};
            END;
            """;
        yield return $"""
            CREATE TRIGGER "{table}_RollupUpdate" AFTER UPDATE OF {watched} ON "{table}"
            BEGIN
                {Subtract(false, "OLD", M("OLD"), hasAffiliation)} AND OLD."DeletedAt" IS NULL AND {M("OLD")} IS NOT NULL;
                {Add(false, "NEW", M("NEW"), hasAffiliation, $"NEW.\"DeletedAt\" IS NULL AND {M("NEW")} IS NOT NULL")}
            END;
            """;
    }

    private static IEnumerable<string> PostgresTriggers(string table, string metric, bool hasAffiliation)
    {
        // In parentheses: PL/pgSQL ends an IF's condition at the first THEN outside them, a CASE's included.
        string M(string row) => $"({string.Format(metric, row)})";

        // Each write takes its metric's running-total row before any rollup row (the totals' triggers, named before
        // these, do; an update that changes no count takes it here), so rollup rows are only ever locked by the one
        // transaction holding that metric's total, and two writers cannot wait on each other's rollup rows.
        yield return $"""
            CREATE FUNCTION "{table}_Rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF OLD."DeletedAt" IS NULL AND {M("OLD")} IS NOT NULL THEN
                        PERFORM 1 FROM "RunningTotals" WHERE "Metric" = {M("OLD")} FOR UPDATE;
                        {Subtract(true, "OLD", M("OLD"), hasAffiliation)};
                    END IF;
                    RETURN NULL;
                END IF;
                PERFORM 1 FROM "RunningTotals" WHERE "Metric" IN ({M("OLD")}, {M("NEW")}) ORDER BY "Metric" FOR UPDATE;
                IF OLD."DeletedAt" IS NULL AND {M("OLD")} IS NOT NULL THEN
                    {Subtract(true, "OLD", M("OLD"), hasAffiliation)};
                END IF;
                IF NEW."DeletedAt" IS NULL AND {M("NEW")} IS NOT NULL THEN
                    {Add(true, "NEW", M("NEW"), hasAffiliation, "TRUE")}
                END IF;
                RETURN NULL;
            END;
            $$;
            """;
        yield return $"""
            CREATE TRIGGER "{table}_TotalsRollup" AFTER DELETE OR UPDATE OF {WatchedColumns(hasAffiliation)} ON "{table}"
            FOR EACH ROW EXECUTE FUNCTION "{table}_Rollup"();
            """;

        // Inserts once per statement, as the running totals do: one upsert per rollup row an import's batch touches.
        yield return $"""
            CREATE FUNCTION "{table}_RollupInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "Rollups" ({Columns})
                SELECT {Key(true, "i", M("i"), hasAffiliation)},
                    SUM(i."CountBest"), SUM({Low("i")}), SUM({High("i")}), SUM({Unbounded("i")}), COUNT(*)
                FROM inserted AS i WHERE i."DeletedAt" IS NULL AND {M("i")} IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
                {OnConflict(true)};
                RETURN NULL;
            END;
            $$;
            """;
        yield return $"""
            CREATE TRIGGER "{table}_TotalsInsertedRollup" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION "{table}_RollupInserted"();
            """;
    }

    private static string WatchedColumns(bool hasAffiliation) =>
        "\"CountBest\", \"CountLow\", \"CountHigh\", \"CountQualifier\", \"Country\", \"Region\", \"StartDate\", \"EndDate\", \"Status\", \"DeletedAt\""
        + (hasAffiliation ? ", \"Outcome\", \"Affiliation\"" : "");

    private static string Add(bool postgres, string row, string metric, bool hasAffiliation, string condition) => $"""
        INSERT INTO "Rollups" ({Columns})
                SELECT {Key(postgres, row, metric, hasAffiliation)}, {row}."CountBest", {Low(row)}, {High(row)}, {Unbounded(row)}, 1
                WHERE {condition}
                {OnConflict(postgres)};
        """;

    private static string OnConflict(bool postgres)
    {
        var existing = postgres ? "\"Rollups\"." : "";
        var added = postgres ? "EXCLUDED" : "excluded";
        return $"""
            ON CONFLICT ({Keys}) DO UPDATE SET "Best" = {existing}"Best" + {added}."Best", "Low" = {existing}"Low" + {added}."Low",
                    "High" = {existing}"High" + {added}."High", "Unbounded" = {existing}"Unbounded" + {added}."Unbounded",
                    "Records" = {existing}"Records" + {added}."Records"
            """;
    }

    private static string Subtract(bool postgres, string row, string metric, bool hasAffiliation) => $"""
        UPDATE "Rollups" SET "Best" = "Best" - {row}."CountBest", "Low" = "Low" - ({Low(row)}), "High" = "High" - ({High(row)}),
                    "Unbounded" = "Unbounded" - ({Unbounded(row)}), "Records" = "Records" - 1
                WHERE "Metric" = {metric} AND "Country" = {row}."Country" AND "Region" = COALESCE({row}."Region", '')
                    AND "Affiliation" = {Affiliation(row, hasAffiliation)} AND "StartMonth" = {Month(postgres, $"{row}.\"StartDate\"")}
                    AND "EndMonth" = {Month(postgres, $"COALESCE({row}.\"EndDate\", {row}.\"StartDate\")")} AND "Status" = {row}."Status"
        """;

    private static string Key(bool postgres, string row, string metric, bool hasAffiliation) =>
        $"{metric}, {row}.\"Country\", COALESCE({row}.\"Region\", ''), {Affiliation(row, hasAffiliation)}, "
        + $"{Month(postgres, $"{row}.\"StartDate\"")}, {Month(postgres, $"COALESCE({row}.\"EndDate\", {row}.\"StartDate\")")}, {row}.\"Status\"";

    private static string Affiliation(string row, bool hasAffiliation) => hasAffiliation ? $"COALESCE({row}.\"Affiliation\", '')" : "''";

    /// <summary>
    /// Year × 12 + month − 1, as <c>RollupMonths.Of</c> numbers it. SQLite stores a date as its ISO text; PostgreSQL
    /// stores the first and last dates as ±infinity, numbered here as 0001-01 and 9999-12.
    /// </summary>
    private static string Month(bool postgres, string date) => postgres
        ? $"(CASE WHEN isfinite({date}) THEN CAST(EXTRACT(YEAR FROM {date}) AS integer) * 12 + CAST(EXTRACT(MONTH FROM {date}) AS integer) - 1 WHEN {date} < DATE '2000-01-01' THEN 12 ELSE 119999 END)"
        : $"(CAST(substr({date}, 1, 4) AS INTEGER) * 12 + CAST(substr({date}, 6, 2) AS INTEGER) - 1)";

    private static string Low(string r) => $"""
        CASE WHEN {r}."CountQualifier" = 'MoreThan' THEN COALESCE({r}."CountLow", {r}."CountBest" + 1)
                 WHEN {r}."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE({r}."CountLow", 0)
                 ELSE COALESCE({r}."CountLow", {r}."CountBest") END
        """;

    private static string High(string r) => $"""
        CASE WHEN {r}."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
                 WHEN {r}."CountQualifier" = 'LessThan' THEN COALESCE({r}."CountHigh", {r}."CountBest" - 1)
                 ELSE COALESCE({r}."CountHigh", {r}."CountBest") END
        """;

    private static string Unbounded(string r) => $"CASE WHEN {r}.\"CountQualifier\" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END";

    private static void Check(int version)
    {
        if (version != Version)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"RollupSql has version {Version}.");
        }
    }
}
