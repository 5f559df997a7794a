using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RollupTotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Rollups_Totals",
                table: "Rollups",
                columns: new[] { "Country", "StartMonth", "EndMonth", "Metric", "Status", "Region", "Affiliation", "Records", "Best", "Low", "High", "Unbounded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Rollups_Totals",
                table: "Rollups");
        }
    }
}
