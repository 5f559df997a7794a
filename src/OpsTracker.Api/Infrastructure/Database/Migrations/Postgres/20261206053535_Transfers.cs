using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Transfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DatePrecision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FromFacility = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FromForceId = table.Column<long>(type: "bigint", nullable: true),
                    FromCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ToCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ToForceId = table.Column<long>(type: "bigint", nullable: true),
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
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Transfers_Forces_FromForceId",
                        column: x => x.FromForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_Forces_ToForceId",
                        column: x => x.ToForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransferCamps",
                columns: table => new
                {
                    TransferId = table.Column<long>(type: "bigint", nullable: false),
                    CampId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferCamps", x => new { x.TransferId, x.CampId });
                    table.ForeignKey(
                        name: "FK_TransferCamps_Camps_CampId",
                        column: x => x.CampId,
                        principalTable: "Camps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferCamps_Transfers_TransferId",
                        column: x => x.TransferId,
                        principalTable: "Transfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransferSources",
                columns: table => new
                {
                    SourceId = table.Column<long>(type: "bigint", nullable: false),
                    TransferId = table.Column<long>(type: "bigint", nullable: false),
                    Quote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Locator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Credibility = table.Column<int>(type: "integer", nullable: false, defaultValue: 6),
                    AttributedToForceId = table.Column<long>(type: "bigint", nullable: true),
                    AttributedToText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CountBest = table.Column<int>(type: "integer", nullable: true),
                    CountLow = table.Column<int>(type: "integer", nullable: true),
                    CountHigh = table.Column<int>(type: "integer", nullable: true),
                    CountQualifier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferSources", x => new { x.TransferId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_TransferSources_Forces_AttributedToForceId",
                        column: x => x.AttributedToForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferSources_Transfers_TransferId",
                        column: x => x.TransferId,
                        principalTable: "Transfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCamps_CampId",
                table: "TransferCamps",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ExternalId",
                table: "Transfers",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FromCountry",
                table: "Transfers",
                column: "FromCountry",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FromForceId",
                table: "Transfers",
                column: "FromForceId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_Id",
                table: "Transfers",
                column: "Id",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_Kind",
                table: "Transfers",
                column: "Kind",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_SearchText",
                table: "Transfers",
                column: "SearchText",
                filter: "\"DeletedAt\" IS NULL")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_StartDate",
                table: "Transfers",
                column: "StartDate",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToCountry",
                table: "Transfers",
                column: "ToCountry",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToForceId",
                table: "Transfers",
                column: "ToForceId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_UpdatedAt",
                table: "Transfers",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TransferSources_AttributedToForceId",
                table: "TransferSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferSources_SourceId",
                table: "TransferSources",
                column: "SourceId");

            migrationBuilder.AddRecordMachinery("Transfers", 1);
            migrationBuilder.AddLongestPeriod("Transfers", 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropLongestPeriod("Transfers", 1);
            migrationBuilder.DropRecordMachinery("Transfers", 1);

            migrationBuilder.DropTable(
                name: "TransferCamps");

            migrationBuilder.DropTable(
                name: "TransferSources");

            migrationBuilder.DropTable(
                name: "Transfers");
        }
    }
}
