using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ForceId = table.Column<long>(type: "bigint", nullable: false),
                    Countries = table.Column<List<string>>(type: "text[]", nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    DatePrecision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CountBest = table.Column<int>(type: "integer", nullable: false),
                    CountHigh = table.Column<int>(type: "integer", nullable: true),
                    CountLow = table.Column<int>(type: "integer", nullable: true),
                    CountQualifier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false)
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
                    StrengthEstimateId = table.Column<long>(type: "bigint", nullable: false),
                    SourceId = table.Column<long>(type: "bigint", nullable: false)
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
                name: "IX_StrengthEstimates_Id",
                table: "StrengthEstimates",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthEstimates_SearchText",
                table: "StrengthEstimates",
                column: "SearchText",
                filter: "\"DeletedAt\" IS NULL")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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
