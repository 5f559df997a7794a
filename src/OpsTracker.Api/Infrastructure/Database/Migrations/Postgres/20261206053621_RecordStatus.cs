using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "StrengthEstimates",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Operations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "DetaineeFigures",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Casualties",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "CampPopulationFigures",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Arrests",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // The records already stored get the status their citations give them, before the indexes are built.
            migrationBuilder.SetRecordStatuses("Arrests", "ArrestSources", "ArrestId", 1);
            migrationBuilder.SetRecordStatuses("CampPopulationFigures", "CampPopulationFigureSources", "CampPopulationFigureId", 1);
            migrationBuilder.SetRecordStatuses("Casualties", "CasualtySources", "CasualtyId", 1);
            migrationBuilder.SetRecordStatuses("DetaineeFigures", "DetaineeFigureSources", "DetaineeFigureId", 1);
            migrationBuilder.SetRecordStatuses("Operations", "OperationSources", "OperationId", 1);
            migrationBuilder.SetRecordStatuses("StrengthEstimates", "StrengthEstimateSources", "StrengthEstimateId", 1);

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_Status",
                table: "StrengthEstimates",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Status",
                table: "Operations",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Status",
                table: "DetaineeFigures",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Status",
                table: "Casualties",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_Status",
                table: "CampPopulationFigures",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Status",
                table: "Arrests",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StrengthEstimates_Status",
                table: "StrengthEstimates");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Status",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_Status",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Status",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_Status",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Status",
                table: "Arrests");

            migrationBuilder.DropRecordStatus("StrengthEstimates");

            migrationBuilder.DropRecordStatus("Operations");

            migrationBuilder.DropRecordStatus("DetaineeFigures");

            migrationBuilder.DropRecordStatus("Casualties");

            migrationBuilder.DropRecordStatus("CampPopulationFigures");

            migrationBuilder.DropRecordStatus("Arrests");
        }
    }
}
