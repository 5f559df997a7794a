using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// Inserts update the running totals and live record counts once per statement instead of once per row. Each
    /// update of a row leaves a new version of it that its own transaction cannot clean up, so a transaction that
    /// inserts many rows, as an import's COPY does, made the eight-row counter tables grow by a version per record
    /// and every later update slower: 145,000 imported casualties took eleven minutes. A statement-level trigger sees
    /// the statement's rows as a transition table and adds them in one update (one per batch of an import, one per
    /// POST). Deletes and updates keep their row triggers: PostgreSQL allows no transition table on a trigger limited
    /// to some columns, and those writes change a row or a few per statement. The totals rules are those of
    /// RunningTotalsAndLiveCounts, written out again because a migration must not change later.
    /// </summary>
    public partial class InsertTotalsPerStatement : Migration
    {
        private const string CountColumns = "\"CountBest\", \"CountLow\", \"CountHigh\", \"CountQualifier\"";

        private static readonly string[] RecordTables =
            ["Sources", "Forces", "Camps", "Operations", "Casualties", "Arrests", "DetaineeFigures", "CampPopulationFigures"];

        private static readonly (string Table, string Metric)[] CountedTables =
        [
            ("Operations", "'operations'"),
            ("Arrests", "'arrested'"),
            ("Casualties", "CASE {0}.\"Outcome\" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in RecordTables)
            {
                migrationBuilder.ChangeLiveRecordCount(table, 1, 2);
            }

            foreach (var (table, metric) in CountedTables)
            {
                var outcome = table == "Casualties" ? ", \"Outcome\"" : "";
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Totals" ON "{table}";""");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_Totals"
                    AFTER DELETE OR UPDATE OF {CountColumns}{outcome}, "DeletedAt" ON "{table}"
                    FOR EACH ROW EXECUTE FUNCTION "{table}_Totals"();
                    """);
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{table}_TotalsInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        UPDATE "RunningTotals" SET
                            "Best" = "RunningTotals"."Best" + t."Best", "Low" = "RunningTotals"."Low" + t."Low",
                            "High" = "RunningTotals"."High" + t."High", "Unbounded" = "RunningTotals"."Unbounded" + t."Unbounded",
                            "Records" = "RunningTotals"."Records" + t."Records"
                        FROM (
                            SELECT {string.Format(metric, "i")} AS "Metric", SUM(i."CountBest") AS "Best", SUM({Low("i")}) AS "Low",
                                SUM({High("i")}) AS "High", SUM({Unbounded("i")}) AS "Unbounded", COUNT(*) AS "Records"
                            FROM inserted AS i WHERE i."DeletedAt" IS NULL GROUP BY 1
                        ) AS t
                        WHERE "RunningTotals"."Metric" = t."Metric";
                        RETURN NULL;
                    END;
                    $$;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsInserted" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION "{table}_TotalsInserted"();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in CountedTables)
            {
                var outcome = table == "Casualties" ? ", \"Outcome\"" : "";
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsInserted" ON "{table}";""");
                migrationBuilder.Sql($"""DROP FUNCTION "{table}_TotalsInserted"();""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Totals" ON "{table}";""");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_Totals"
                    AFTER INSERT OR DELETE OR UPDATE OF {CountColumns}{outcome}, "DeletedAt" ON "{table}"
                    FOR EACH ROW EXECUTE FUNCTION "{table}_Totals"();
                    """);
            }

            foreach (var table in RecordTables)
            {
                migrationBuilder.ChangeLiveRecordCount(table, 2, 1);
            }
        }

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

        private static string Unbounded(string r) =>
            $"CASE WHEN {r}.\"CountQualifier\" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END";
    }
}
