using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// A trigram full-text index over each record table's normalized search text, kept in step by triggers, so
    /// <c>q</c> finds substrings without reading every row (<see cref="RecordMachineryMigrations.AddFullTextSearch"/>);
    /// and covering indexes for the totals, so sums and filtered counts read a narrow index instead of whole rows. Both
    /// are SQLite SQL that EF's model cannot describe (virtual tables, triggers, columns of the complex Count property).
    /// </summary>
    public partial class FullTextSearchAndStatsIndexes : Migration
    {
        // The migration keeps its own list: a migration must not change when the code's tables do later.
        private static readonly string[] SearchedTables =
        [
            "Sources", "Forces", "Camps", "Operations", "Casualties", "Arrests", "DetaineeFigures", "CampPopulationFigures",
        ];

        private const string CountColumns = "\"CountBest\", \"CountLow\", \"CountHigh\", \"CountQualifier\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casualties_Affiliation_Outcome",
                table: "Casualties");

            foreach (var table in SearchedTables)
            {
                migrationBuilder.AddFullTextSearch(table, 1);
            }

            migrationBuilder.Sql($"""
                CREATE INDEX "IX_Casualties_Totals" ON "Casualties"
                    ("Outcome", "Affiliation", "Country", "StartDate", "EndDate", "Region", {CountColumns});
                """);
            foreach (var table in new[] { "Operations", "Arrests" })
            {
                migrationBuilder.Sql($"""
                    CREATE INDEX "IX_{table}_Totals" ON "{table}" ("Country", "StartDate", "EndDate", "Region", {CountColumns});
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "Casualties", "Operations", "Arrests" })
            {
                migrationBuilder.Sql($"""DROP INDEX "IX_{table}_Totals";""");
            }

            foreach (var table in SearchedTables)
            {
                migrationBuilder.DropFullTextSearch(table, 1);
            }

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Affiliation_Outcome",
                table: "Casualties",
                columns: new[] { "Affiliation", "Outcome" });
        }
    }
}
