using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Operations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Casualties",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenStart",
                table: "Arrests",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenStart",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "OpenStart",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "OpenStart",
                table: "Casualties");

            migrationBuilder.DropColumn(
                name: "OpenStart",
                table: "Arrests");
        }
    }
}
