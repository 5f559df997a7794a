using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportAuditEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportedRecordRanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FirstId = table.Column<long>(type: "INTEGER", nullable: false),
                    LastId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedRecordRanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedRecordRanges_AuditEntries_AuditEntryId",
                        column: x => x.AuditEntryId,
                        principalTable: "AuditEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedRecordRanges_AuditEntryId",
                table: "ImportedRecordRanges",
                column: "AuditEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedRecordRanges_Resource_FirstId",
                table: "ImportedRecordRanges",
                columns: new[] { "Resource", "FirstId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedRecordRanges");
        }
    }
}
