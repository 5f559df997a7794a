using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// The number of live records of each record table, filled from the records stored and kept in step by triggers:
    /// an insert or delete of a live record, and a soft delete (DeletedAt set), move it. Unfiltered lists read their
    /// totalCount here; counting a million rows for every page was most of a page's time.
    /// </summary>
    public partial class LiveRecordCounts : Migration
    {
        private static readonly string[] RecordTables =
            ["Sources", "Forces", "Camps", "Operations", "Casualties", "Arrests", "DetaineeFigures", "CampPopulationFigures"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveRecordCounts",
                columns: table => new
                {
                    Table = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveRecordCounts", x => x.Table);
                });

            foreach (var table in RecordTables)
            {
                migrationBuilder.Sql($"""
                    INSERT INTO "LiveRecordCounts" ("Table", "Count") SELECT '{table}', COUNT(*) FROM "{table}" WHERE "DeletedAt" IS NULL;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_CountInsert" AFTER INSERT ON "{table}" WHEN new."DeletedAt" IS NULL BEGIN
                        UPDATE "LiveRecordCounts" SET "Count" = "Count" + 1 WHERE "Table" = '{table}';
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_CountDelete" AFTER DELETE ON "{table}" WHEN old."DeletedAt" IS NULL BEGIN
                        UPDATE "LiveRecordCounts" SET "Count" = "Count" - 1 WHERE "Table" = '{table}';
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_CountUpdate" AFTER UPDATE OF "DeletedAt" ON "{table}"
                    WHEN (old."DeletedAt" IS NULL) <> (new."DeletedAt" IS NULL) BEGIN
                        UPDATE "LiveRecordCounts" SET "Count" = "Count" + CASE WHEN new."DeletedAt" IS NULL THEN 1 ELSE -1 END
                        WHERE "Table" = '{table}';
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in RecordTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_CountInsert";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_CountDelete";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_CountUpdate";""");
            }

            migrationBuilder.DropTable(
                name: "LiveRecordCounts");
        }
    }
}
