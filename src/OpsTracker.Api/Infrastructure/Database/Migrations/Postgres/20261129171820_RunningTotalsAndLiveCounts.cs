using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// What the SQLite migrations do in raw SQL, done the PostgreSQL way, so the API reads the same tables on both:
    /// the running totals of operations, killed, wounded and arrested (the unfiltered summary), the live record count
    /// of each record table (an unfiltered list's totalCount), both kept in step by triggers on every insert, update,
    /// soft delete and delete; and the covering totals indexes of filtered summaries. The bound rules are those of
    /// CountAggregation, written out here because a migration must not change later.
    /// </summary>
    public partial class RunningTotalsAndLiveCounts : Migration
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

        private static readonly (string Table, string Columns)[] TotalsIndexes =
        [
            ("Casualties", $"\"Outcome\", \"Affiliation\", \"Country\", \"StartDate\", \"EndDate\", \"Region\", {CountColumns}"),
            ("Operations", $"\"Country\", \"StartDate\", \"EndDate\", \"Region\", {CountColumns}"),
            ("Arrests", $"\"Country\", \"StartDate\", \"EndDate\", \"Region\", {CountColumns}"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "RunningTotals" ("Metric", "Best", "Low", "High", "Unbounded", "Records")
                VALUES ('operations', 0, 0, 0, 0, 0), ('killed', 0, 0, 0, 0, 0), ('wounded', 0, 0, 0, 0, 0), ('arrested', 0, 0, 0, 0, 0);
                """);

            foreach (var (table, metric) in CountedTables)
            {
                migrationBuilder.Sql($"""
                    UPDATE "RunningTotals" SET
                        "Best" = "RunningTotals"."Best" + t."Best", "Low" = "RunningTotals"."Low" + t."Low",
                        "High" = "RunningTotals"."High" + t."High", "Unbounded" = "RunningTotals"."Unbounded" + t."Unbounded",
                        "Records" = "RunningTotals"."Records" + t."Records"
                    FROM (
                        SELECT {string.Format(metric, "r")} AS "Metric", SUM(r."CountBest") AS "Best", SUM({Low("r")}) AS "Low",
                            SUM({High("r")}) AS "High", SUM({Unbounded("r")}) AS "Unbounded", COUNT(*) AS "Records"
                        FROM "{table}" AS r WHERE r."DeletedAt" IS NULL GROUP BY 1
                    ) AS t
                    WHERE "RunningTotals"."Metric" = t."Metric";
                    """);

                // An update takes the old figure out and puts the new one in; a soft delete (DeletedAt set) only
                // takes it out, and a record that is deleted counts for nothing.
                var outcome = table == "Casualties" ? ", \"Outcome\"" : "";
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{table}_Totals"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF TG_OP IN ('UPDATE', 'DELETE') THEN
                            IF old."DeletedAt" IS NULL THEN
                                {Apply("-", "old", metric)}
                            END IF;
                        END IF;
                        IF TG_OP IN ('INSERT', 'UPDATE') THEN
                            IF new."DeletedAt" IS NULL THEN
                                {Apply("+", "new", metric)}
                            END IF;
                        END IF;
                        RETURN NULL;
                    END;
                    $$;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_Totals"
                    AFTER INSERT OR DELETE OR UPDATE OF {CountColumns}{outcome}, "DeletedAt" ON "{table}"
                    FOR EACH ROW EXECUTE FUNCTION "{table}_Totals"();
                    """);
            }

            foreach (var (table, columns) in TotalsIndexes)
            {
                migrationBuilder.Sql($"""CREATE INDEX "IX_{table}_Totals" ON "{table}" ({columns}) WHERE "DeletedAt" IS NULL;""");
            }

            foreach (var table in RecordTables)
            {
                migrationBuilder.AddLiveRecordCount(table, 1);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in RecordTables)
            {
                migrationBuilder.DropLiveRecordCount(table, 1);
            }

            foreach (var (table, _) in TotalsIndexes)
            {
                migrationBuilder.Sql($"""DROP INDEX "IX_{table}_Totals";""");
            }

            foreach (var (table, _) in CountedTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Totals" ON "{table}";""");
                migrationBuilder.Sql($"""DROP FUNCTION "{table}_Totals"();""");
            }

            migrationBuilder.Sql("""DELETE FROM "LiveRecordCounts";""");
            migrationBuilder.Sql("""DELETE FROM "RunningTotals";""");
        }

        /// <summary>Adds (or takes away) one live record's figure to its metric's running total.</summary>
        private static string Apply(string sign, string row, string metric) => $"""
            UPDATE "RunningTotals" SET
                "Best" = "Best" {sign} {row}."CountBest", "Low" = "Low" {sign} {Low(row)}, "High" = "High" {sign} {High(row)},
                "Unbounded" = "Unbounded" {sign} {Unbounded(row)}, "Records" = "Records" {sign} 1
            WHERE "Metric" = {string.Format(metric, row)};
            """;

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
