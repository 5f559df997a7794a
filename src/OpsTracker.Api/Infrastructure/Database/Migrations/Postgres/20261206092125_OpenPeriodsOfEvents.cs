using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenStart",
                table: "Events");
        }
    }
}
