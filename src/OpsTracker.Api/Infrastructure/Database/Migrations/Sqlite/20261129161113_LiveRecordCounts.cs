using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// The number of live records of each record table, filled from the records stored and kept in step by triggers:
    /// an insert or delete of a live record, and a soft delete (DeletedAt set), move it. Unfiltered lists read their
    /// totalCount here; counting a million rows for every page was most of a page's time.
    /// </summary>
    public partial class LiveRecordCounts : Migration
    {
        private static readonly string[] RecordTables =
            ["Sources", "Forces", "Camps", "Operations", "Casualties", "Arrests", "DetaineeFigures", "CampPopulationFigures"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveRecordCounts",
                columns: table => new
                {
                    Table = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveRecordCounts", x => x.Table);
                });

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

            migrationBuilder.DropTable(
                name: "LiveRecordCounts");
        }
    }
}
