using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Transfers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Operations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Casualties",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Arrests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // ALTER TABLE keeps the tables' triggers, which EF's rebuild of a table to drop a column would lose.
            migrationBuilder.Sql("ALTER TABLE \"Transfers\" DROP COLUMN \"OpenStart\";");
            migrationBuilder.Sql("ALTER TABLE \"Operations\" DROP COLUMN \"OpenStart\";");
            migrationBuilder.Sql("ALTER TABLE \"Casualties\" DROP COLUMN \"OpenStart\";");
            migrationBuilder.Sql("ALTER TABLE \"Arrests\" DROP COLUMN \"OpenStart\";");
        }
    }
}
