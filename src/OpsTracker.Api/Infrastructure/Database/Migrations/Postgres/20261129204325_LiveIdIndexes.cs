using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveIdIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sources_Id",
                table: "Sources",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Id",
                table: "Operations",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_Id",
                table: "Forces",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Id",
                table: "DetaineeFigures",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Id",
                table: "Casualties",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_Id",
                table: "Camps",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_Id",
                table: "CampPopulationFigures",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Id",
                table: "Arrests",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sources_Id",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Id",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Forces_Id",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_Id",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Id",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Camps_Id",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_Id",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Id",
                table: "Arrests");
        }
    }
}
