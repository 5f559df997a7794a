using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RollupTotalsByMetric : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Rollups_Totals",
                table: "Rollups");

            migrationBuilder.CreateIndex(
                name: "IX_Rollups_Totals",
                table: "Rollups",
                columns: new[] { "Country", "Metric", "Status", "StartMonth", "EndMonth", "Region", "Affiliation", "Records", "Best", "Low", "High", "Unbounded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Rollups_Totals",
                table: "Rollups");

            migrationBuilder.CreateIndex(
                name: "IX_Rollups_Totals",
                table: "Rollups",
                columns: new[] { "Country", "StartMonth", "EndMonth", "Metric", "Status", "Region", "Affiliation", "Records", "Best", "Low", "High", "Unbounded" });
        }
    }
}
