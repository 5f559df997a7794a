using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrengthEstimates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StrengthEstimates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<long>(type: "INTEGER", nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: false),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrengthEstimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrengthEstimates_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StrengthEstimateSources",
                columns: table => new
                {
                    StrengthEstimateId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrengthEstimateSources", x => new { x.StrengthEstimateId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_StrengthEstimateSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrengthEstimateSources_StrengthEstimates_StrengthEstimateId",
                        column: x => x.StrengthEstimateId,
                        principalTable: "StrengthEstimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_AsOf",
                table: "StrengthEstimates",
                column: "AsOf",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_ExternalId",
                table: "StrengthEstimates",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_ForceId",
                table: "StrengthEstimates",
                column: "ForceId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_Id_DeletedAt",
                table: "StrengthEstimates",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_UpdatedAt",
                table: "StrengthEstimates",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimateSources_SourceId",
                table: "StrengthEstimateSources",
                column: "SourceId");

            migrationBuilder.AddRecordMachinery("StrengthEstimates", 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropRecordMachinery("StrengthEstimates", 1);

            migrationBuilder.DropTable(
                name: "StrengthEstimateSources");

            migrationBuilder.DropTable(
                name: "StrengthEstimates");
        }
    }
}
