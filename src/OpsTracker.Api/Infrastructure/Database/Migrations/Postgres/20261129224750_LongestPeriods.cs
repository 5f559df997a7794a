using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// An upper bound of the periods (endDate − startDate, in days) of each table whose records have one, filled from
    /// the records stored and raised by triggers, never lowered: a deleted record's period may keep it too long, which
    /// only widens the from filter's startDate bound, while one too short would lose records. Inserts raise it once
    /// per statement from the transition table (an import's COPY batch is one statement), date changes per row. The
    /// update only writes when the period is longer, and under READ COMMITTED a writer that waited for another's
    /// lock checks the committed value again, so concurrent writers from several API instances never lower it, and
    /// a reader's snapshot that sees a record also sees a bound at least as long as its period.
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
                    Table = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false)
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
