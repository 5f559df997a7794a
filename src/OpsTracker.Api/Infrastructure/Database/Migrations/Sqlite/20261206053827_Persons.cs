using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database.Schema;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Persons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Persons",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArrestPersons",
                columns: table => new
                {
                    ArrestId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrestPersons", x => new { x.ArrestId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ArrestPersons_Arrests_ArrestId",
                        column: x => x.ArrestId,
                        principalTable: "Arrests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArrestPersons_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasualtyPersons",
                columns: table => new
                {
                    CasualtyId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasualtyPersons", x => new { x.CasualtyId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CasualtyPersons_Casualties_CasualtyId",
                        column: x => x.CasualtyId,
                        principalTable: "Casualties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasualtyPersons_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonRoles",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ForceId = table.Column<long>(type: "INTEGER", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRoles", x => new { x.PersonId, x.Position });
                    table.ForeignKey(
                        name: "FK_PersonRoles_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRoles_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonRoleSources",
                columns: table => new
                {
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    RolePosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Locator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Credibility = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 6),
                    AttributedToForceId = table.Column<long>(type: "INTEGER", nullable: true),
                    AttributedToText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRoleSources", x => new { x.PersonId, x.RolePosition, x.SourceId });
                    table.ForeignKey(
                        name: "FK_PersonRoleSources_Forces_AttributedToForceId",
                        column: x => x.AttributedToForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRoleSources_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonRoleSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonSources",
                columns: table => new
                {
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Locator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Credibility = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 6),
                    AttributedToForceId = table.Column<long>(type: "INTEGER", nullable: true),
                    AttributedToText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonSources", x => new { x.PersonId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_PersonSources_Forces_AttributedToForceId",
                        column: x => x.AttributedToForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonSources_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArrestPersons_PersonId",
                table: "ArrestPersons",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyPersons_PersonId",
                table: "CasualtyPersons",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRoles_ForceId",
                table: "PersonRoles",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRoleSources_AttributedToForceId",
                table: "PersonRoleSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRoleSources_SourceId",
                table: "PersonRoleSources",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_ExternalId",
                table: "Persons",
                column: "ExternalId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Id_DeletedAt",
                table: "Persons",
                columns: new[] { "Id", "DeletedAt" },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Name",
                table: "Persons",
                column: "Name",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_UpdatedAt",
                table: "Persons",
                column: "UpdatedAt",
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PersonSources_AttributedToForceId",
                table: "PersonSources",
                column: "AttributedToForceId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonSources_SourceId",
                table: "PersonSources",
                column: "SourceId");

            migrationBuilder.AddRecordMachinery("Persons", 1);

            // The arrests' person fields become persons: one person per distinct (name, alias, nationality, role) among
            // the live arrests, citing what the first such arrest cites, its role (if any) too; every such arrest then
            // names its person in personIds, and its version and updatedAt move on, so ETags and updatedSince show the
            // change. The person* fields stay as they were. Ids are given, the table being new, so the arrests can be
            // joined back to their person by the same grouping; the search text is left to PersonSearchTextBackfill.
            migrationBuilder.Sql(
                """
                WITH named AS (
                    SELECT "Id", "CreatedAt", "UpdatedAt",
                        CASE WHEN TRIM("PersonName") = '' THEN NULL ELSE "PersonName" END AS name,
                        CASE WHEN TRIM("PersonAlias") = '' THEN NULL ELSE "PersonAlias" END AS alias,
                        CASE WHEN TRIM("PersonNationality") = '' THEN NULL ELSE "PersonNationality" END AS nationality,
                        CASE WHEN TRIM("PersonRole") = '' THEN NULL ELSE "PersonRole" END AS role
                    FROM "Arrests"
                    WHERE "DeletedAt" IS NULL),
                groups AS (
                    SELECT name, alias, nationality, role, MIN("Id") AS first_arrest, MIN("CreatedAt") AS created, MAX("UpdatedAt") AS updated,
                        ROW_NUMBER() OVER (ORDER BY MIN("Id")) AS person_id
                    FROM named
                    WHERE name IS NOT NULL OR alias IS NOT NULL
                    GROUP BY name, alias, nationality, role)
                INSERT INTO "Persons" ("Id", "Name", "Aliases", "Nationality", "ExternalId", "Notes", "CreatedAt", "UpdatedAt", "Version", "DeletedAt", "SearchText")
                SELECT g.person_id, COALESCE(g.name, g.alias), CASE WHEN g.name IS NULL OR g.alias IS NULL THEN '[]' ELSE json_array(g.alias) END, g.nationality, NULL,
                    'Named by arrest records before persons were records of their own.', g.created, g.updated, 1, NULL, ''
                FROM groups g
                """);

            migrationBuilder.Sql(
                """
                WITH named AS (
                    SELECT "Id", "CreatedAt", "UpdatedAt",
                        CASE WHEN TRIM("PersonName") = '' THEN NULL ELSE "PersonName" END AS name,
                        CASE WHEN TRIM("PersonAlias") = '' THEN NULL ELSE "PersonAlias" END AS alias,
                        CASE WHEN TRIM("PersonNationality") = '' THEN NULL ELSE "PersonNationality" END AS nationality,
                        CASE WHEN TRIM("PersonRole") = '' THEN NULL ELSE "PersonRole" END AS role
                    FROM "Arrests"
                    WHERE "DeletedAt" IS NULL),
                groups AS (
                    SELECT name, alias, nationality, role, MIN("Id") AS first_arrest, MIN("CreatedAt") AS created, MAX("UpdatedAt") AS updated,
                        ROW_NUMBER() OVER (ORDER BY MIN("Id")) AS person_id
                    FROM named
                    WHERE name IS NOT NULL OR alias IS NOT NULL
                    GROUP BY name, alias, nationality, role)
                INSERT INTO "PersonRoles" ("PersonId", "Position", "Title", "ForceId", "From", "To")
                SELECT g.person_id, 0, g.role, NULL, NULL, NULL FROM groups g WHERE g.role IS NOT NULL
                """);

            migrationBuilder.Sql(
                """
                WITH named AS (
                    SELECT "Id", "CreatedAt", "UpdatedAt",
                        CASE WHEN TRIM("PersonName") = '' THEN NULL ELSE "PersonName" END AS name,
                        CASE WHEN TRIM("PersonAlias") = '' THEN NULL ELSE "PersonAlias" END AS alias,
                        CASE WHEN TRIM("PersonNationality") = '' THEN NULL ELSE "PersonNationality" END AS nationality,
                        CASE WHEN TRIM("PersonRole") = '' THEN NULL ELSE "PersonRole" END AS role
                    FROM "Arrests"
                    WHERE "DeletedAt" IS NULL),
                groups AS (
                    SELECT name, alias, nationality, role, MIN("Id") AS first_arrest, MIN("CreatedAt") AS created, MAX("UpdatedAt") AS updated,
                        ROW_NUMBER() OVER (ORDER BY MIN("Id")) AS person_id
                    FROM named
                    WHERE name IS NOT NULL OR alias IS NOT NULL
                    GROUP BY name, alias, nationality, role)
                INSERT INTO "PersonSources" ("PersonId", "SourceId", "Quote", "Locator", "Credibility", "AttributedToForceId", "AttributedToText")
                SELECT g.person_id, s."SourceId", s."Quote", s."Locator", s."Credibility", s."AttributedToForceId", s."AttributedToText"
                FROM groups g JOIN "ArrestSources" s ON s."ArrestId" = g.first_arrest
                """);

            migrationBuilder.Sql(
                """
                WITH named AS (
                    SELECT "Id", "CreatedAt", "UpdatedAt",
                        CASE WHEN TRIM("PersonName") = '' THEN NULL ELSE "PersonName" END AS name,
                        CASE WHEN TRIM("PersonAlias") = '' THEN NULL ELSE "PersonAlias" END AS alias,
                        CASE WHEN TRIM("PersonNationality") = '' THEN NULL ELSE "PersonNationality" END AS nationality,
                        CASE WHEN TRIM("PersonRole") = '' THEN NULL ELSE "PersonRole" END AS role
                    FROM "Arrests"
                    WHERE "DeletedAt" IS NULL),
                groups AS (
                    SELECT name, alias, nationality, role, MIN("Id") AS first_arrest, MIN("CreatedAt") AS created, MAX("UpdatedAt") AS updated,
                        ROW_NUMBER() OVER (ORDER BY MIN("Id")) AS person_id
                    FROM named
                    WHERE name IS NOT NULL OR alias IS NOT NULL
                    GROUP BY name, alias, nationality, role)
                INSERT INTO "PersonRoleSources" ("PersonId", "RolePosition", "SourceId", "Quote", "Locator", "Credibility", "AttributedToForceId", "AttributedToText")
                SELECT g.person_id, 0, s."SourceId", s."Quote", s."Locator", s."Credibility", s."AttributedToForceId", s."AttributedToText"
                FROM groups g JOIN "ArrestSources" s ON s."ArrestId" = g.first_arrest
                WHERE g.role IS NOT NULL
                """);

            migrationBuilder.Sql(
                """
                WITH named AS (
                    SELECT "Id", "CreatedAt", "UpdatedAt",
                        CASE WHEN TRIM("PersonName") = '' THEN NULL ELSE "PersonName" END AS name,
                        CASE WHEN TRIM("PersonAlias") = '' THEN NULL ELSE "PersonAlias" END AS alias,
                        CASE WHEN TRIM("PersonNationality") = '' THEN NULL ELSE "PersonNationality" END AS nationality,
                        CASE WHEN TRIM("PersonRole") = '' THEN NULL ELSE "PersonRole" END AS role
                    FROM "Arrests"
                    WHERE "DeletedAt" IS NULL),
                groups AS (
                    SELECT name, alias, nationality, role, MIN("Id") AS first_arrest, MIN("CreatedAt") AS created, MAX("UpdatedAt") AS updated,
                        ROW_NUMBER() OVER (ORDER BY MIN("Id")) AS person_id
                    FROM named
                    WHERE name IS NOT NULL OR alias IS NOT NULL
                    GROUP BY name, alias, nationality, role)
                INSERT INTO "ArrestPersons" ("ArrestId", "PersonId")
                SELECT n."Id", g.person_id
                FROM named n JOIN groups g
                    ON n.name IS g.name AND n.alias IS g.alias AND n.nationality IS g.nationality AND n.role IS g.role
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Arrests" SET "Version" = "Version" + 1, "UpdatedAt" = strftime('%Y-%m-%d %H:%M:%f', 'now')
                WHERE "Id" IN (SELECT "ArrestId" FROM "ArrestPersons")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropRecordMachinery("Persons", 1);

            migrationBuilder.DropTable(
                name: "ArrestPersons");

            migrationBuilder.DropTable(
                name: "CasualtyPersons");

            migrationBuilder.DropTable(
                name: "PersonRoles");

            migrationBuilder.DropTable(
                name: "PersonRoleSources");

            migrationBuilder.DropTable(
                name: "PersonSources");

            migrationBuilder.DropTable(
                name: "Persons");
        }
    }
}
