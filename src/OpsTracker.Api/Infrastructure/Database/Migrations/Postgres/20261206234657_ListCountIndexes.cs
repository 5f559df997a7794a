using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Rollups_Counts",
                table: "Rollups",
                columns: new[] { "Country", "Affiliation", "Metric", "Status", "Region", "StartMonth", "EndMonth", "Records" });

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Country_Affiliation",
                table: "Casualties",
                columns: new[] { "Country", "Affiliation" },
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Rollups_Counts",
                table: "Rollups");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Country_Affiliation",
                table: "Casualties");
        }
    }
}
