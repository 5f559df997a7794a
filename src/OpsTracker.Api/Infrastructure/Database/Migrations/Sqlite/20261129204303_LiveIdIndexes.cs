using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LiveIdIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sources_Id_DeletedAt",
                table: "Sources",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Id_DeletedAt",
                table: "Operations",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_Id_DeletedAt",
                table: "Forces",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Id_DeletedAt",
                table: "DetaineeFigures",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Id_DeletedAt",
                table: "Casualties",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_Id_DeletedAt",
                table: "Camps",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_Id_DeletedAt",
                table: "CampPopulationFigures",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Id_DeletedAt",
                table: "Arrests",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sources_Id_DeletedAt",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Id_DeletedAt",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Forces_Id_DeletedAt",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_Id_DeletedAt",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Id_DeletedAt",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Camps_Id_DeletedAt",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_Id_DeletedAt",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Id_DeletedAt",
                table: "Arrests");
        }
    }
}
