using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// An upper bound of the periods (endDate − startDate, in days) of each table whose records have one, filled from
    /// the records stored and raised by triggers whenever a record is inserted or its dates change, never lowered: a
    /// deleted record's period may keep it too long, which only widens the from filter's startDate bound, while one
    /// too short would lose records. The triggers are not the search-insert trigger an import's bulk mode drops, so
    /// they run for every record an import writes.
    /// </summary>
    public partial class LongestPeriods : Migration
    {
        private static readonly string[] PeriodTables = ["Operations", "Casualties", "Arrests"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LongestPeriods",
                columns: table => new
                {
                    Table = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LongestPeriods", x => x.Table);
                });

            foreach (var table in PeriodTables)
            {
                migrationBuilder.AddLongestPeriod(table, 1);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in PeriodTables)
            {
                migrationBuilder.DropLongestPeriod(table, 1);
            }

            migrationBuilder.DropTable(
                name: "LongestPeriods");
        }
    }
}
