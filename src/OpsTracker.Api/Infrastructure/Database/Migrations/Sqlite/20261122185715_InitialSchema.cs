using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Api.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CampPopulationFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: false),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampPopulationFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Camps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Camps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Forces",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Forces_Forces_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: false),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reliability = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CampPopulationFigureCamps",
                columns: table => new
                {
                    CampPopulationFigureId = table.Column<long>(type: "INTEGER", nullable: false),
                    CampId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampPopulationFigureCamps", x => new { x.CampPopulationFigureId, x.CampId });
                    table.ForeignKey(
                        name: "FK_CampPopulationFigureCamps_CampPopulationFigures_CampPopulationFigureId",
                        column: x => x.CampPopulationFigureId,
                        principalTable: "CampPopulationFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampPopulationFigureCamps_Camps_CampId",
                        column: x => x.CampId,
                        principalTable: "Camps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DetaineeFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Facility = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustodianForceId = table.Column<long>(type: "INTEGER", nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: false),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DetaineeFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DetaineeFigures_Forces_CustodianForceId",
                        column: x => x.CustodianForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Arrests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<long>(type: "INTEGER", nullable: true),
                    ArrestingForceId = table.Column<long>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonAlias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonNationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    PersonRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: false),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Arrests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Arrests_Forces_ArrestingForceId",
                        column: x => x.ArrestingForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arrests_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Casualties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<long>(type: "INTEGER", nullable: true),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CountBest = table.Column<int>(type: "INTEGER", nullable: false),
                    CountHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLow = table.Column<int>(type: "INTEGER", nullable: true),
                    CountQualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Casualties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Casualties_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OperationForces",
                columns: table => new
                {
                    OperationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ForceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationForces", x => new { x.OperationId, x.ForceId });
                    table.ForeignKey(
                        name: "FK_OperationForces_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OperationForces_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampPopulationFigureSources",
                columns: table => new
                {
                    CampPopulationFigureId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampPopulationFigureSources", x => new { x.CampPopulationFigureId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_CampPopulationFigureSources_CampPopulationFigures_CampPopulationFigureId",
                        column: x => x.CampPopulationFigureId,
                        principalTable: "CampPopulationFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampPopulationFigureSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OperationSources",
                columns: table => new
                {
                    OperationId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationSources", x => new { x.OperationId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_OperationSources_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OperationSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DetaineeFigureSources",
                columns: table => new
                {
                    DetaineeFigureId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DetaineeFigureSources", x => new { x.DetaineeFigureId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_DetaineeFigureSources_DetaineeFigures_DetaineeFigureId",
                        column: x => x.DetaineeFigureId,
                        principalTable: "DetaineeFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DetaineeFigureSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArrestSources",
                columns: table => new
                {
                    ArrestId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrestSources", x => new { x.ArrestId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_ArrestSources_Arrests_ArrestId",
                        column: x => x.ArrestId,
                        principalTable: "Arrests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArrestSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasualtySources",
                columns: table => new
                {
                    CasualtyId = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasualtySources", x => new { x.CasualtyId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_CasualtySources_Casualties_CasualtyId",
                        column: x => x.CasualtyId,
                        principalTable: "Casualties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasualtySources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ArrestingForceId",
                table: "Arrests",
                column: "ArrestingForceId");

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
                name: "IX_Arrests_StartDate",
                table: "Arrests",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestSources_SourceId",
                table: "ArrestSources",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CampPopulationFigureCamps_CampId",
                table: "CampPopulationFigureCamps",
                column: "CampId");

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
                name: "IX_CampPopulationFigureSources_SourceId",
                table: "CampPopulationFigureSources",
                column: "SourceId");

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
                name: "IX_Casualties_Affiliation_Outcome",
                table: "Casualties",
                columns: new[] { "Affiliation", "Outcome" });

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
                name: "IX_Casualties_StartDate",
                table: "Casualties",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_CasualtySources_SourceId",
                table: "CasualtySources",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_DetaineeFigures_AsOf",
                table: "DetaineeFigures",
                column: "AsOf");

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
                name: "IX_DetaineeFigureSources_SourceId",
                table: "DetaineeFigureSources",
                column: "SourceId");

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
                name: "IX_OperationForces_ForceId",
                table: "OperationForces",
                column: "ForceId");

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
                name: "IX_Operations_StartDate",
                table: "Operations",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Type",
                table: "Operations",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_OperationSources_SourceId",
                table: "OperationSources",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ExternalId",
                table: "Sources",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Reliability",
                table: "Sources",
                column: "Reliability");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArrestSources");

            migrationBuilder.DropTable(
                name: "CampPopulationFigureCamps");

            migrationBuilder.DropTable(
                name: "CampPopulationFigureSources");

            migrationBuilder.DropTable(
                name: "CasualtySources");

            migrationBuilder.DropTable(
                name: "DetaineeFigureSources");

            migrationBuilder.DropTable(
                name: "OperationForces");

            migrationBuilder.DropTable(
                name: "OperationSources");

            migrationBuilder.DropTable(
                name: "Arrests");

            migrationBuilder.DropTable(
                name: "Camps");

            migrationBuilder.DropTable(
                name: "CampPopulationFigures");

            migrationBuilder.DropTable(
                name: "Casualties");

            migrationBuilder.DropTable(
                name: "DetaineeFigures");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Operations");

            migrationBuilder.DropTable(
                name: "Forces");
        }
    }
}
