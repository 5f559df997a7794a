namespace OpsTracker.Api.Infrastructure.Database.Schema;

/// <summary>
/// The SQL of the record machinery that EF's model cannot describe, for one database, by version: each record table's
/// full-text index (SQLite) and live record count, and the longest period of a table whose records have one. A
/// version's SQL never changes once a migration calls it; a change to the machinery is a new version, which new
/// migrations call (and a migration that brings older tables to it). Migrations call these through
/// <see cref="RecordMachineryMigrations"/>, never with SQL of their own.
/// </summary>
public interface IRecordMachinerySql
{
    /// <summary>Everything a new record table needs, at <paramref name="version"/> (the parts below, each at its latest).</summary>
    IEnumerable<string> AddRecordMachinery(string table, int version);

    IEnumerable<string> DropRecordMachinery(string table, int version);

    /// <summary>
    /// Brings every record table existing when the migration runs from one version of the machinery to another.
    /// <paramref name="modelTables"/> are the record tables of the migration's own model, for a database that cannot
    /// read its tables' names in SQL (SQLite); a database that can reads them from LiveRecordCounts instead.
    /// </summary>
    IEnumerable<string> ChangeRecordMachineryOfEveryTable(int fromVersion, int toVersion, IEnumerable<string> modelTables);

    /// <summary>The full-text index of the table's search text and its triggers, filled from the records stored.</summary>
    IEnumerable<string> AddFullTextSearch(string table, int version);

    IEnumerable<string> DropFullTextSearch(string table, int version);

    /// <summary>The table's row of live records in LiveRecordCounts, counted from the records stored, and its triggers.</summary>
    IEnumerable<string> AddLiveRecordCount(string table, int version);

    IEnumerable<string> DropLiveRecordCount(string table, int version);

    /// <summary>Brings the live count triggers of a table from one version to another (either way).</summary>
    IEnumerable<string> ChangeLiveRecordCount(string table, int fromVersion, int toVersion);

    /// <summary>The table's row in LongestPeriods, measured from the records stored, and its triggers.</summary>
    IEnumerable<string> AddLongestPeriod(string table, int version);

    IEnumerable<string> DropLongestPeriod(string table, int version);
}
