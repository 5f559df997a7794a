using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimsAndProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AttributedToForceId",
                table: "StrengthEstimateSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributedToText",
                table: "StrengthEstimateSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountBest",
                table: "StrengthEstimateSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountHigh",
                table: "StrengthEstimateSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountLow",
                table: "StrengthEstimateSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountQualifier",
                table: "StrengthEstimateSources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "StrengthEstimateSources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "Locator",
                table: "StrengthEstimateSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "StrengthEstimateSources",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArchiveUrl",
                table: "Sources",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Author",
                table: "Sources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetrievedOn",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AttributedToForceId",
                table: "OperationSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributedToText",
                table: "OperationSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountBest",
                table: "OperationSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountHigh",
                table: "OperationSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountLow",
                table: "OperationSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountQualifier",
                table: "OperationSources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "OperationSources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "Locator",
                table: "OperationSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "OperationSources",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AttributedToForceId",
                table: "DetaineeFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributedToText",
                table: "DetaineeFigureSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountBest",
                table: "DetaineeFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountHigh",
                table: "DetaineeFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountLow",
                table: "DetaineeFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountQualifier",
                table: "DetaineeFigureSources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "DetaineeFigureSources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "Locator",
                table: "DetaineeFigureSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "DetaineeFigureSources",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AttributedToForceId",
                table: "CasualtySources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributedToText",
                table: "CasualtySources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountBest",
                table: "CasualtySources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountHigh",
                table: "CasualtySources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountLow",
                table: "CasualtySources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountQualifier",
                table: "CasualtySources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "CasualtySources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "Locator",
                table: "CasualtySources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "CasualtySources",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AttributedToForceId",
                table: "CampPopulationFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributedToText",
                table: "CampPopulationFigureSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountBest",
                table: "CampPopulationFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountHigh",
                table: "CampPopulationFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountLow",
                table: "CampPopulationFigureSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountQualifier",
                table: "CampPopulationFigureSources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "CampPopulationFigureSources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "Locator",
                table: "CampPopulationFigureSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "CampPopulationFigureSources",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AttributedToForceId",
                table: "ArrestSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributedToText",
                table: "ArrestSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountBest",
                table: "ArrestSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountHigh",
                table: "ArrestSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountLow",
                table: "ArrestSources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountQualifier",
                table: "ArrestSources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "ArrestSources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "Locator",
                table: "ArrestSources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "ArrestSources",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SourceRelays",
                columns: table => new
                {
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    RelayedSourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceRelays", x => new { x.SourceId, x.RelayedSourceId });
                    table.ForeignKey(
                        name: "FK_SourceRelays_Sources_RelayedSourceId",
                        column: x => x.RelayedSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourceRelays_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimateSources_AttributedToForceId",
                table: "StrengthEstimateSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationSources_AttributedToForceId",
                table: "OperationSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigureSources_AttributedToForceId",
                table: "DetaineeFigureSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_CasualtySources_AttributedToForceId",
                table: "CasualtySources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigureSources_AttributedToForceId",
                table: "CampPopulationFigureSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestSources_AttributedToForceId",
                table: "ArrestSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceRelays_RelayedSourceId",
                table: "SourceRelays",
                column: "RelayedSourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_ArrestSources_Forces_AttributedToForceId",
                table: "ArrestSources",
                column: "AttributedToForceId",
                principalTable: "Forces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CampPopulationFigureSources_Forces_AttributedToForceId",
                table: "CampPopulationFigureSources",
                column: "AttributedToForceId",
                principalTable: "Forces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CasualtySources_Forces_AttributedToForceId",
                table: "CasualtySources",
                column: "AttributedToForceId",
                principalTable: "Forces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DetaineeFigureSources_Forces_AttributedToForceId",
                table: "DetaineeFigureSources",
                column: "AttributedToForceId",
                principalTable: "Forces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OperationSources_Forces_AttributedToForceId",
                table: "OperationSources",
                column: "AttributedToForceId",
                principalTable: "Forces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_StrengthEstimateSources_Forces_AttributedToForceId",
                table: "StrengthEstimateSources",
                column: "AttributedToForceId",
                principalTable: "Forces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ArrestSources_Forces_AttributedToForceId",
                table: "ArrestSources");

            migrationBuilder.DropForeignKey(
                name: "FK_CampPopulationFigureSources_Forces_AttributedToForceId",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropForeignKey(
                name: "FK_CasualtySources_Forces_AttributedToForceId",
                table: "CasualtySources");

            migrationBuilder.DropForeignKey(
                name: "FK_DetaineeFigureSources_Forces_AttributedToForceId",
                table: "DetaineeFigureSources");

            migrationBuilder.DropForeignKey(
                name: "FK_OperationSources_Forces_AttributedToForceId",
                table: "OperationSources");

            migrationBuilder.DropForeignKey(
                name: "FK_StrengthEstimateSources_Forces_AttributedToForceId",
                table: "StrengthEstimateSources");

            migrationBuilder.DropTable(
                name: "SourceRelays");

            migrationBuilder.DropIndex(
                name: "IX_StrengthEstimateSources_AttributedToForceId",
                table: "StrengthEstimateSources");

            migrationBuilder.DropIndex(
                name: "IX_OperationSources_AttributedToForceId",
                table: "OperationSources");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigureSources_AttributedToForceId",
                table: "DetaineeFigureSources");

            migrationBuilder.DropIndex(
                name: "IX_CasualtySources_AttributedToForceId",
                table: "CasualtySources");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigureSources_AttributedToForceId",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropIndex(
                name: "IX_ArrestSources_AttributedToForceId",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "AttributedToForceId",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "AttributedToText",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "CountBest",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "CountHigh",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "CountLow",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "CountQualifier",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "Locator",
                table: "StrengthEstimateSources");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "StrengthEstimateSources");

            // A rebuilt record table would lose its triggers: SQLite drops the columns in place.
            migrationBuilder.Sql("""ALTER TABLE "Sources" DROP COLUMN "ArchiveUrl";""");

            migrationBuilder.Sql("""ALTER TABLE "Sources" DROP COLUMN "Author";""");

            migrationBuilder.Sql("""ALTER TABLE "Sources" DROP COLUMN "RetrievedOn";""");

            migrationBuilder.DropColumn(
                name: "AttributedToForceId",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "AttributedToText",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "CountBest",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "CountHigh",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "CountLow",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "CountQualifier",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "Locator",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "OperationSources");

            migrationBuilder.DropColumn(
                name: "AttributedToForceId",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "AttributedToText",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "CountBest",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "CountHigh",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "CountLow",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "CountQualifier",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "Locator",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "DetaineeFigureSources");

            migrationBuilder.DropColumn(
                name: "AttributedToForceId",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "AttributedToText",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "CountBest",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "CountHigh",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "CountLow",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "CountQualifier",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "Locator",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "CasualtySources");

            migrationBuilder.DropColumn(
                name: "AttributedToForceId",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "AttributedToText",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "CountBest",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "CountHigh",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "CountLow",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "CountQualifier",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "Locator",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "CampPopulationFigureSources");

            migrationBuilder.DropColumn(
                name: "AttributedToForceId",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "AttributedToText",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "CountBest",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "CountHigh",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "CountLow",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "CountQualifier",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "Locator",
                table: "ArrestSources");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "ArrestSources");
        }
    }
}
