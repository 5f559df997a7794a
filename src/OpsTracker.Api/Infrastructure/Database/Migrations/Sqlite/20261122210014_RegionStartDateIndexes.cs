using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegionStartDateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_Region",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Region",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Region",
                table: "Arrests");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Region_StartDate",
                table: "Operations",
                columns: new[] { "Region", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Region_StartDate",
                table: "Casualties",
                columns: new[] { "Region", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Region_StartDate",
                table: "Arrests",
                columns: new[] { "Region", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_Region_StartDate",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Region_StartDate",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Region_StartDate",
                table: "Arrests");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Region",
                table: "Operations",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Region",
                table: "Casualties",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Region",
                table: "Arrests",
                column: "Region");
        }
    }
}
