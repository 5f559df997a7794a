using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// Versions (ETags), soft delete and the audit trail. Every index of a record table becomes partial (live records
    /// only), which the queries' not-deleted filter lets SQLite use as before. The covering totals indexes and the
    /// running-totals triggers are raw SQL (see RunningTotals and FullTextSearchAndStatsIndexes), so they are made
    /// again here: the totals count live records only, and a soft delete (an update of DeletedAt) takes a record out.
    /// The bound rules are those of the RunningTotals migration, written out again because a migration must not
    /// change later.
    /// </summary>
    public partial class AuditTrailVersionsAndSoftDelete : Migration
    {
        private const string CountColumns = "\"CountBest\", \"CountLow\", \"CountHigh\", \"CountQualifier\"";

        private static readonly (string Table, string Metric)[] CountedTables =
        [
            ("Operations", "'operations'"),
            ("Arrests", "'arrested'"),
            ("Casualties", "CASE {0}.\"Outcome\" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END"),
        ];

        private static readonly (string Table, string Columns)[] TotalsIndexes =
        [
            ("Casualties", $"\"Outcome\", \"Affiliation\", \"Country\", \"StartDate\", \"EndDate\", \"Region\", {CountColumns}"),
            ("Operations", $"\"Country\", \"StartDate\", \"EndDate\", \"Region\", {CountColumns}"),
            ("Arrests", $"\"Country\", \"StartDate\", \"EndDate\", \"Region\", {CountColumns}"),
        ];
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sources_ExternalId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_Reliability",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Operations_CampId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Country_Region",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_ExternalId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Region_StartDate",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_StartDate",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Type",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_UpdatedAt",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Forces_ExternalId",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_Forces_Name",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_Forces_ParentId",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_Forces_UpdatedAt",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_AsOf",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_CampId",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_Country_Region",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_CustodianForceId",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_ExternalId",
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
                name: "IX_Casualties_Country_Region",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_ExternalId",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_OperationId",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Region_StartDate",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_StartDate",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_UpdatedAt",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Camps_ExternalId",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_Camps_Name",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_Camps_UpdatedAt",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_AsOf",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_ExternalId",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_UpdatedAt",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_ArrestingForceId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_CampId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Country_Region",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_ExternalId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_OperationId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Region_StartDate",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_StartDate",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_UpdatedAt",
                table: "Arrests");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Operations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Operations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Forces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Forces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "DetaineeFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "DetaineeFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Casualties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Casualties",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Camps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Camps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "CampPopulationFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "CampPopulationFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Arrests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Arrests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ExternalId",
                table: "Sources",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Reliability",
                table: "Sources",
                column: "Reliability",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_CampId",
                table: "Operations",
                column: "CampId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Country_Region",
                table: "Operations",
                columns: new[] { "Country", "Region" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_ExternalId",
                table: "Operations",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Region_StartDate",
                table: "Operations",
                columns: new[] { "Region", "StartDate" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_StartDate",
                table: "Operations",
                column: "StartDate",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Type",
                table: "Operations",
                column: "Type",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_UpdatedAt",
                table: "Operations",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_ExternalId",
                table: "Forces",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_Name",
                table: "Forces",
                column: "Name",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_ParentId",
                table: "Forces",
                column: "ParentId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_UpdatedAt",
                table: "Forces",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_AsOf",
                table: "DetaineeFigures",
                column: "AsOf",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_CampId",
                table: "DetaineeFigures",
                column: "CampId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Country_Region",
                table: "DetaineeFigures",
                columns: new[] { "Country", "Region" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_CustodianForceId",
                table: "DetaineeFigures",
                column: "CustodianForceId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_ExternalId",
                table: "DetaineeFigures",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Region",
                table: "DetaineeFigures",
                column: "Region",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_UpdatedAt",
                table: "DetaineeFigures",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_CampId",
                table: "Casualties",
                column: "CampId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Country_Region",
                table: "Casualties",
                columns: new[] { "Country", "Region" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_ExternalId",
                table: "Casualties",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_OperationId",
                table: "Casualties",
                column: "OperationId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Region_StartDate",
                table: "Casualties",
                columns: new[] { "Region", "StartDate" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_StartDate",
                table: "Casualties",
                column: "StartDate",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_UpdatedAt",
                table: "Casualties",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_ExternalId",
                table: "Camps",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_Name",
                table: "Camps",
                column: "Name",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_UpdatedAt",
                table: "Camps",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_AsOf",
                table: "CampPopulationFigures",
                column: "AsOf",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_ExternalId",
                table: "CampPopulationFigures",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_UpdatedAt",
                table: "CampPopulationFigures",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ArrestingForceId",
                table: "Arrests",
                column: "ArrestingForceId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_CampId",
                table: "Arrests",
                column: "CampId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Country_Region",
                table: "Arrests",
                columns: new[] { "Country", "Region" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ExternalId",
                table: "Arrests",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_OperationId",
                table: "Arrests",
                column: "OperationId",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Region_StartDate",
                table: "Arrests",
                columns: new[] { "Region", "StartDate" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_StartDate",
                table: "Arrests",
                column: "StartDate",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_UpdatedAt",
                table: "Arrests",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_KeyName_At",
                table: "AuditEntries",
                columns: new[] { "KeyName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Resource_RecordId",
                table: "AuditEntries",
                columns: new[] { "Resource", "RecordId" });

            foreach (var (table, columns) in TotalsIndexes)
            {
                migrationBuilder.Sql($"""DROP INDEX "IX_{table}_Totals";""");
                migrationBuilder.Sql($"""CREATE INDEX "IX_{table}_Totals" ON "{table}" ({columns}) WHERE "DeletedAt" IS NULL;""");
            }

            foreach (var (table, _) in CountedTables)
            {
                DropTotalsTriggers(migrationBuilder, table);
            }

            CreateTotalsTriggers(migrationBuilder, liveOnly: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, columns) in TotalsIndexes)
            {
                migrationBuilder.Sql($"""DROP INDEX "IX_{table}_Totals";""");
                migrationBuilder.Sql($"""CREATE INDEX "IX_{table}_Totals" ON "{table}" ({columns});""");
            }

            // The triggers go now and come back as they were at the end, once DeletedAt is gone.
            foreach (var (table, _) in CountedTables)
            {
                DropTotalsTriggers(migrationBuilder, table);
            }

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Sources_ExternalId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_Reliability",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Operations_CampId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Country_Region",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_ExternalId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Region_StartDate",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_StartDate",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Type",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_UpdatedAt",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Forces_ExternalId",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_Forces_Name",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_Forces_ParentId",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_Forces_UpdatedAt",
                table: "Forces");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_AsOf",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_CampId",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_Country_Region",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_CustodianForceId",
                table: "DetaineeFigures");

            migrationBuilder.DropIndex(
                name: "IX_DetaineeFigures_ExternalId",
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
                name: "IX_Casualties_Country_Region",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_ExternalId",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_OperationId",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_Region_StartDate",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_StartDate",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Casualties_UpdatedAt",
                table: "Casualties");

            migrationBuilder.DropIndex(
                name: "IX_Camps_ExternalId",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_Camps_Name",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_Camps_UpdatedAt",
                table: "Camps");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_AsOf",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_ExternalId",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_CampPopulationFigures_UpdatedAt",
                table: "CampPopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_ArrestingForceId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_CampId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Country_Region",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_ExternalId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_OperationId",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_Region_StartDate",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_StartDate",
                table: "Arrests");

            migrationBuilder.DropIndex(
                name: "IX_Arrests_UpdatedAt",
                table: "Arrests");

            migrationBuilder.Sql("""ALTER TABLE "Sources" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Sources" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "Operations" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Operations" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "Forces" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Forces" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "DetaineeFigures" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "DetaineeFigures" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "Casualties" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Casualties" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "Camps" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Camps" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "CampPopulationFigures" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "CampPopulationFigures" DROP COLUMN "Version";""");

            migrationBuilder.Sql("""ALTER TABLE "Arrests" DROP COLUMN "DeletedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Arrests" DROP COLUMN "Version";""");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ExternalId",
                table: "Sources",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Reliability",
                table: "Sources",
                column: "Reliability");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_CampId",
                table: "Operations",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Country_Region",
                table: "Operations",
                columns: new[] { "Country", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_ExternalId",
                table: "Operations",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Region_StartDate",
                table: "Operations",
                columns: new[] { "Region", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_StartDate",
                table: "Operations",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Type",
                table: "Operations",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_UpdatedAt",
                table: "Operations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_ExternalId",
                table: "Forces",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Forces_Name",
                table: "Forces",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Forces_ParentId",
                table: "Forces",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Forces_UpdatedAt",
                table: "Forces",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_AsOf",
                table: "DetaineeFigures",
                column: "AsOf");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_CampId",
                table: "DetaineeFigures",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_Country_Region",
                table: "DetaineeFigures",
                columns: new[] { "Country", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_CustodianForceId",
                table: "DetaineeFigures",
                column: "CustodianForceId");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_ExternalId",
                table: "DetaineeFigures",
                column: "ExternalId",
                unique: true);

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
                name: "IX_Casualties_Country_Region",
                table: "Casualties",
                columns: new[] { "Country", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_ExternalId",
                table: "Casualties",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_OperationId",
                table: "Casualties",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_Region_StartDate",
                table: "Casualties",
                columns: new[] { "Region", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_StartDate",
                table: "Casualties",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Casualties_UpdatedAt",
                table: "Casualties",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Camps_ExternalId",
                table: "Camps",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Camps_Name",
                table: "Camps",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Camps_UpdatedAt",
                table: "Camps",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_AsOf",
                table: "CampPopulationFigures",
                column: "AsOf");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_ExternalId",
                table: "CampPopulationFigures",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigures_UpdatedAt",
                table: "CampPopulationFigures",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ArrestingForceId",
                table: "Arrests",
                column: "ArrestingForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_CampId",
                table: "Arrests",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Country_Region",
                table: "Arrests",
                columns: new[] { "Country", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ExternalId",
                table: "Arrests",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_OperationId",
                table: "Arrests",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_Region_StartDate",
                table: "Arrests",
                columns: new[] { "Region", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_StartDate",
                table: "Arrests",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_UpdatedAt",
                table: "Arrests",
                column: "UpdatedAt");

            CreateTotalsTriggers(migrationBuilder, liveOnly: false);
        }

        /// <summary>
        /// The running-totals triggers: live records only (<paramref name="liveOnly"/>, this migration), or every
        /// record, as the RunningTotals migration made them (to undo this one). Dropping a column with SQLite's own
        /// ALTER TABLE, rather than EF Core's table rebuild, keeps the other triggers of the table.
        /// </summary>
        private static void CreateTotalsTriggers(MigrationBuilder migrationBuilder, bool liveOnly)
        {
            foreach (var (table, metric) in CountedTables)
            {
                var outcome = table == "Casualties" ? ", \"Outcome\"" : "";
                var deletedAt = liveOnly ? ", \"DeletedAt\"" : "";
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsInsert" AFTER INSERT ON "{table}" {(liveOnly ? "WHEN new.\"DeletedAt\" IS NULL " : "")}BEGIN
                        {Apply("+", "new", metric, liveOnly)}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsDelete" AFTER DELETE ON "{table}" {(liveOnly ? "WHEN old.\"DeletedAt\" IS NULL " : "")}BEGIN
                        {Apply("-", "old", metric, liveOnly)}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_TotalsUpdate"
                    AFTER UPDATE OF "CountBest", "CountLow", "CountHigh", "CountQualifier"{outcome}{deletedAt} ON "{table}" BEGIN
                        {Apply("-", "old", metric, liveOnly)}
                        {Apply("+", "new", metric, liveOnly)}
                    END;
                    """);
            }
        }

        private static void DropTotalsTriggers(MigrationBuilder migrationBuilder, string table)
        {
            migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsInsert";""");
            migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsDelete";""");
            migrationBuilder.Sql($"""DROP TRIGGER "{table}_TotalsUpdate";""");
        }

        /// <summary>Adds (or takes away) one live record's figure to its metric's running total; deleted records count for nothing.</summary>
        private static string Apply(string sign, string row, string metric, bool liveOnly) => $"""
            UPDATE "RunningTotals" SET
                "Best" = "Best" {sign} {row}."CountBest", "Low" = "Low" {sign} {Low(row)}, "High" = "High" {sign} {High(row)},
                "Unbounded" = "Unbounded" {sign} {Unbounded(row)}, "Records" = "Records" {sign} 1
            WHERE "Metric" = {string.Format(metric, row)}{(liveOnly ? $" AND {row}.\"DeletedAt\" IS NULL" : "")};
            """;

        private static string Low(string r) => $"""
            CASE WHEN {r}."CountQualifier" = 'MoreThan' THEN COALESCE({r}."CountLow", {r}."CountBest" + 1)
                 WHEN {r}."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE({r}."CountLow", 0)
                 ELSE COALESCE({r}."CountLow", {r}."CountBest") END
            """;

        private static string High(string r) => $"""
            CASE WHEN {r}."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
                 WHEN {r}."CountQualifier" = 'LessThan' THEN COALESCE({r}."CountHigh", {r}."CountBest" - 1)
                 ELSE COALESCE({r}."CountHigh", {r}."CountBest") END
            """;

        private static string Unbounded(string r) =>
            $"CASE WHEN {r}.\"CountQualifier\" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END";
    }
}
