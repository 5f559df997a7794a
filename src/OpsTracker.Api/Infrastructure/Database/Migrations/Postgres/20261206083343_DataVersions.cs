using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// Each record table's data version, beside its live record count in LiveRecordCounts, raised by the count's
    /// triggers on every insert, update and delete: the record machinery's version 2, brought to every record table
    /// that exists when the migration runs (kinds added later call AddRecordMachinery at version 2).
    /// </summary>
    public partial class DataVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "LiveRecordCounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.ChangeRecordMachineryOfEveryTable(1, 2, TargetModel);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ChangeRecordMachineryOfEveryTable(2, 1, TargetModel);

            // In place: EF drops a column on SQLite by rebuilding the table.
            migrationBuilder.Sql("ALTER TABLE \"LiveRecordCounts\" DROP COLUMN \"Version\";");
        }
    }
}
