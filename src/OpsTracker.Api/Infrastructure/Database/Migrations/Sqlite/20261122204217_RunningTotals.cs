using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// Running totals of operations, killed, wounded and arrested, filled from the records already stored and kept
    /// in step by triggers on every insert, update and delete, so the unfiltered summary never sums a million rows.
    /// The bound rules are those of CountAggregation, written out here because a migration must not change later.
    /// </summary>
    public partial class RunningTotals : Migration
    {
        private static readonly (string Table, string Metric)[] CountedTables =
        [
            ("Operations", "'operations'"),
            ("Arrests", "'arrested'"),
            ("Casualties", "CASE {0}.\"Outcome\" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RunningTotals",
                columns: table => new
                {
                    Metric = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Best = table.Column<long>(type: "INTEGER", nullable: false),
                    Low = table.Column<long>(type: "INTEGER", nullable: false),
                    High = table.Column<long>(type: "INTEGER", nullable: false),
                    Unbounded = table.Column<long>(type: "INTEGER", nullable: false),
                    Records = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunningTotals", x => x.Metric);
                });

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
                        SELECT {string.Format(metric, "r")} AS "Metric", SUM({Best("r")}) AS "Best", SUM({Low("r")}) AS "Low",
                            SUM({High("r")}) AS "High", SUM({Unbounded("r")}) AS "Unbounded", COUNT(*) AS "Records"
                        FROM "{table}" AS r GROUP BY 1
                    ) AS t
                    WHERE "RunningTotals"."Metric" = t."Metric";
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsInsert" AFTER INSERT ON "{table}" BEGIN
                        {Apply("+", "new", metric)}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsDelete" AFTER DELETE ON "{table}" BEGIN
                        {Apply("-", "old", metric)}
                    END;
                    """);
                var outcome = table == "Casualties" ? ", \"Outcome\"" : "";
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsUpdate"
                    AFTER UPDATE OF "CountBest", "CountLow", "CountHigh", "CountQualifier"{outcome} ON "{table}" BEGIN
                        {Apply("-", "old", metric)}
                        {Apply("+", "new", metric)}
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in CountedTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsInsert";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsDelete";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsUpdate";""");
            }

            migrationBuilder.DropTable(
                name: "RunningTotals");
        }

        private static string Apply(string sign, string row, string metric) => $"""
            UPDATE "RunningTotals" SET
                "Best" = "Best" {sign} {Best(row)}, "Low" = "Low" {sign} {Low(row)}, "High" = "High" {sign} {High(row)},
                "Unbounded" = "Unbounded" {sign} {Unbounded(row)}, "Records" = "Records" {sign} 1
            WHERE "Metric" = {string.Format(metric, row)};
            """;

        private static string Best(string r) => $"{r}.\"CountBest\"";

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
