using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.RecordEngine.Statuses;

namespace OpsTracker.Api.Infrastructure.Database.Schema;

/// <summary>
/// The record machinery as a migration adds it: one call per piece, with the version it was written against, in each
/// provider's migration alike (<c>migrationBuilder.AddRecordMachinery("StrengthEstimates", 1)</c>). The SQL is the
/// migration's database's own (<see cref="IDatabaseDialect.Machinery"/>): each statement becomes one
/// <c>migrationBuilder.Sql</c>, exactly as if written there.
/// </summary>
public static class RecordMachineryMigrations
{
    /// <summary>The latest version of <see cref="AddRecordMachinery"/>, for a new record table's migration.</summary>
    public const int RecordMachineryVersion = 2;

    /// <summary>The latest version of <see cref="AddLongestPeriod"/>, for a new table whose records have a period.</summary>
    public const int LongestPeriodVersion = 1;

    /// <summary>What every record table needs beyond its EF model: search and its live record count.</summary>
    public static void AddRecordMachinery(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.AddRecordMachinery(table, version));

    public static void DropRecordMachinery(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.DropRecordMachinery(table, version));

    /// <summary>
    /// Brings every record table that exists when the migration runs to another version of the machinery: on
    /// PostgreSQL the tables named by the rows of LiveRecordCounts at that moment, on SQLite (no procedural SQL) the
    /// record tables of <paramref name="migrationModel"/>, the migration's own <c>TargetModel</c>.
    /// </summary>
    public static void ChangeRecordMachineryOfEveryTable(this MigrationBuilder migrationBuilder, int fromVersion, int toVersion, IModel migrationModel) =>
        Run(migrationBuilder, sql => sql.ChangeRecordMachineryOfEveryTable(fromVersion, toVersion, RecordTables(migrationModel)));

    /// <summary>The tables of the model's records: those with the columns every record has (Version, DeletedAt, SearchText).</summary>
    public static IReadOnlyList<string> RecordTables(IModel model) =>
        model.GetEntityTypes()
            .Where(type => type.FindProperty("DeletedAt") is not null && type.FindProperty("SearchText") is not null && type.FindProperty("Version") is not null)
            .Select(type => type.GetTableName())
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static void AddFullTextSearch(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.AddFullTextSearch(table, version));

    public static void DropFullTextSearch(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.DropFullTextSearch(table, version));

    public static void AddLiveRecordCount(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.AddLiveRecordCount(table, version));

    public static void DropLiveRecordCount(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.DropLiveRecordCount(table, version));

    public static void ChangeLiveRecordCount(this MigrationBuilder migrationBuilder, string table, int fromVersion, int toVersion) =>
        Run(migrationBuilder, sql => sql.ChangeLiveRecordCount(table, fromVersion, toVersion));

    /// <summary>For a table whose records have a period (startDate, endDate): the from filter's bound.</summary>
    public static void AddLongestPeriod(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.AddLongestPeriod(table, version));

    public static void DropLongestPeriod(this MigrationBuilder migrationBuilder, string table, int version) =>
        Run(migrationBuilder, sql => sql.DropLongestPeriod(table, version));

    /// <summary>
    /// Sets the status of every record of a table that cites sources from its citations (the status column's
    /// migration computes it for the records already stored); the same SQL on both providers.
    /// </summary>
    public static void SetRecordStatuses(this MigrationBuilder migrationBuilder, string table, string linkTable, string recordIdColumn, int version) =>
        migrationBuilder.Sql(RecordStatusSql.Update(new CitingTable(table, linkTable, recordIdColumn), "1 = 1", version));

    /// <summary>
    /// Drops the status column in place (<c>ALTER TABLE … DROP COLUMN</c>, on both providers): EF drops a column on
    /// SQLite by rebuilding the table, which would drop the record machinery's triggers with it.
    /// </summary>
    public static void DropRecordStatus(this MigrationBuilder migrationBuilder, string table) =>
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"Status\";");

    private static void Run(MigrationBuilder migrationBuilder, Func<IRecordMachinerySql, IEnumerable<string>> statements)
    {
        foreach (var statement in statements(DatabaseDialects.ForMigrations(migrationBuilder.ActiveProvider).Machinery))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
