using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Infrastructure.Database.Schema;
using OpsTracker.Api.RecordEngine.Statuses;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// Persons get a status like the records: from their citations, and contested when two of their roles disagree.
    /// </summary>
    public partial class PersonStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Persons",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // The persons already stored get the status their citations and roles give them, before the index is built.
            migrationBuilder.Sql(RecordStatusSql.Update(
                new CitingTable("Persons", "PersonSources", "PersonId", HasCount: false, PartsConflictSql: Person.PartsConflictSql("Persons")), "1 = 1", 1));

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Status",
                table: "Persons",
                column: "Status",
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_Status",
                table: "Persons");

            migrationBuilder.DropRecordStatus("Persons");
        }
    }
}
