using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// An upper bound of the periods (endDate − startDate, in days) of each table whose records have one, filled from
    /// the records stored and raised by triggers, never lowered: a deleted record's period may keep it too long, which
    /// only widens the from filter's startDate bound, while one too short would lose records. Inserts raise it once
    /// per statement from the transition table (an import's COPY batch is one statement), date changes per row. The
    /// update only writes when the period is longer, and under READ COMMITTED a writer that waited for another's
    /// lock checks the committed value again, so concurrent writers from several API instances never lower it, and
    /// a reader's snapshot that sees a record also sees a bound at least as long as its period.
    /// </summary>
    public partial class LongestPeriods : Migration
    {
        private static readonly string[] PeriodTables = ["Operations", "Casualties", "Arrests"];

        /// <summary>
        /// The period of record <paramref name="r"/> in days. Npgsql stores the first and last dates as -infinity and
        /// infinity, which cannot be subtracted: such a period counts as longer than any, so the filter drops its bound.
        /// </summary>
        private static string Period(string r) => $"""
            CASE WHEN {r}."EndDate" IS NULL THEN 0
                 WHEN isfinite({r}."StartDate") AND isfinite({r}."EndDate") THEN {r}."EndDate" - {r}."StartDate"
                 ELSE 2147483647 END
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LongestPeriods",
                columns: table => new
                {
                    Table = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LongestPeriods", x => x.Table);
                });

            foreach (var table in PeriodTables)
            {
                // Deleted records count too: a soft-deleted record can be restored with its dates unchanged.
                migrationBuilder.Sql($"""
                    INSERT INTO "LongestPeriods" ("Table", "Days")
                    SELECT '{table}', GREATEST(0, COALESCE(MAX({Period("r")}), 0)) FROM "{table}" AS r;
                    """);
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{table}_LongestPeriodInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        UPDATE "LongestPeriods" SET "Days" = n."Days"
                        FROM (SELECT MAX({Period("i")}) AS "Days" FROM inserted AS i) AS n
                        WHERE "LongestPeriods"."Table" = '{table}' AND "LongestPeriods"."Days" < n."Days";
                        RETURN NULL;
                    END;
                    $$;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_LongestPeriodInserted" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION "{table}_LongestPeriodInserted"();
                    """);
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{table}_LongestPeriod"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        UPDATE "LongestPeriods" SET "Days" = {Period("new")}
                        WHERE "Table" = '{table}' AND "Days" < {Period("new")};
                        RETURN NULL;
                    END;
                    $$;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_LongestPeriod" AFTER UPDATE OF "StartDate", "EndDate" ON "{table}"
                    FOR EACH ROW WHEN (new."EndDate" IS NOT NULL) EXECUTE FUNCTION "{table}_LongestPeriod"();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in PeriodTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_LongestPeriodInserted" ON "{table}";""");
                migrationBuilder.Sql($"""DROP FUNCTION "{table}_LongestPeriodInserted"();""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_LongestPeriod" ON "{table}";""");
                migrationBuilder.Sql($"""DROP FUNCTION "{table}_LongestPeriod"();""");
            }

            migrationBuilder.DropTable(
                name: "LongestPeriods");
        }
    }
}
