using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// The Rollups table: each summary metric's sums by place, affiliation, status and the months a period starts and
    /// ends in, kept by triggers on operations, casualties and arrests, and filled from the records already stored.
    /// </summary>
    public partial class Rollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Rollups",
                columns: table => new
                {
                    Metric = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Affiliation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StartMonth = table.Column<int>(type: "integer", nullable: false),
                    EndMonth = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Best = table.Column<long>(type: "bigint", nullable: false),
                    Low = table.Column<long>(type: "bigint", nullable: false),
                    High = table.Column<long>(type: "bigint", nullable: false),
                    Unbounded = table.Column<long>(type: "bigint", nullable: false),
                    Records = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rollups", x => new { x.Metric, x.Country, x.Region, x.Affiliation, x.StartMonth, x.EndMonth, x.Status });
                });

            foreach (var (table, _, _) in RollupSql.Tables)
            {
                foreach (var sql in RollupSql.AddTriggers(postgres: true, table, 1))
                {
                    migrationBuilder.Sql(sql);
                }

                migrationBuilder.Sql(RollupSql.Fill(postgres: true, table, 1));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _, _) in RollupSql.Tables)
            {
                foreach (var sql in RollupSql.DropTriggers(postgres: true, table, 1))
                {
                    migrationBuilder.Sql(sql);
                }
            }

            migrationBuilder.DropTable(
                name: "Rollups");
        }
    }
}
