using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenPeriodsOfEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // ALTER TABLE keeps the tables' triggers, which EF's rebuild of a table to drop a column would lose.
            migrationBuilder.Sql("ALTER TABLE \"Events\" DROP COLUMN \"OpenStart\";");
        }
    }
}
