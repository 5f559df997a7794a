using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>Whether an insurgent attack or plot was carried out or foiled (null for operations against ISIS).</summary>
    public partial class OperationOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Operations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite's own DROP COLUMN, not EF's rebuild of the table, which would drop the table's triggers (search,
            // live count, running totals, longest period) with it.
            migrationBuilder.Sql("ALTER TABLE \"Operations\" DROP COLUMN \"Outcome\";");
        }
    }
}
