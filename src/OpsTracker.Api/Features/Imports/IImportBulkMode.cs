namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// A large import's cheaper way to write many records, where its database has one (SQLite's: see
/// <see cref="Sqlite.ImportBulkMode"/>): entered once the import has written enough records, and left, restoring what it
/// took away, right before the commit.
/// </summary>
public interface IImportBulkMode
{
    /// <summary>True between <see cref="Enter"/> and <see cref="Restore"/>.</summary>
    bool IsOn { get; }

    void Enter();

    /// <summary>Must run before the commit; a rollback undoes <see cref="Enter"/> by itself.</summary>
    void Restore();
}
