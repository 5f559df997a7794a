using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// The status column of the kinds that were added beside the statuses (transfers): the RecordStatus migration
    /// added it to the kinds that existed then.
    /// </summary>
    public partial class StatusOfNewKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Transfers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // The records already stored get the status their citations give them, before the index is built.
            migrationBuilder.SetRecordStatuses("Transfers", "TransferSources", "TransferId", 1);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_Status",
                table: "Transfers",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Transfers_Status",
                table: "Transfers");

            migrationBuilder.DropRecordStatus("Transfers");
        }
    }
}
