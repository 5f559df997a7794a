using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTextAndCampPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Sources",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CampId",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Operations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Forces",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CampId",
                table: "DetaineeFigures",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "DetaineeFigures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CampId",
                table: "Casualties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Casualties",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Camps",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "CampPopulationFigures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CampId",
                table: "Arrests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Arrests",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_CampId",
                table: "Operations",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Region",
                table: "Operations",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_UpdatedAt",
                table: "Operations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_UpdatedAt",
                table: "Forces",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_CampId",
                table: "DetaineeFigures",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Region",
                table: "DetaineeFigures",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_UpdatedAt",
                table: "DetaineeFigures",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_CampId",
                table: "Casualties",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Region",
                table: "Casualties",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_UpdatedAt",
                table: "Casualties",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_UpdatedAt",
                table: "Camps",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_UpdatedAt",
                table: "CampPopulationFigures",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_CampId",
                table: "Arrests",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Region",
                table: "Arrests",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_UpdatedAt",
                table: "Arrests",
                column: "UpdatedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Arrests_Camps_CampId",
                table: "Arrests",
                column: "CampId",
                principalTable: "Camps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Casualties_Camps_CampId",
                table: "Casualties",
                column: "CampId",
                principalTable: "Camps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DetaineeFigures_Camps_CampId",
                table: "DetaineeFigures",
                column: "CampId",
                principalTable: "Camps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Operations_Camps_CampId",
                table: "Operations",
                column: "CampId",
                principalTable: "Camps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Arrests_Camps_CampId",
                table: "Arrests");

            migrationBuilder.DropForeignKey(
                name: "FK_Casualties_Camps_CampId",
                table: "Casualties");

            migrationBuilder.DropForeignKey(
                name: "FK_DetaineeFigures_Camps_CampId",
                table: "DetaineeFigures");

            migrationBuilder.DropForeignKey(
                name: "FK_Operations_Camps_CampId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Operations_CampId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Region",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_UpdatedAt",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Forces_UpdatedAt",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_CampId",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_Region",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_UpdatedAt",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_CampId",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Region",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_UpdatedAt",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Camps_UpdatedAt",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_UpdatedAt",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_CampId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Region",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_UpdatedAt",
                table: "Arrests");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "CampId",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Forces");

            migrationBuilder.DropColumn(
                name: "CampId",
                table: "DetaineeFigures");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "DetaineeFigures");

            migrationBuilder.DropColumn(
                name: "CampId",
                table: "Casualties");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Casualties");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Camps");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "CampPopulationFigures");

            migrationBuilder.DropColumn(
                name: "CampId",
                table: "Arrests");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Arrests");
        }
    }
}
