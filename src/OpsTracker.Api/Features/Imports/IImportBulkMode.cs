namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// An import's cheaper way to write many records, where its database has one (SQLite's: see
/// <see cref="Sqlite.ImportBulkMode"/>, which defers the full-text index, the rollups and the running totals of every
/// import to one statement each at its end):
/// entered once the import has written enough records, and left, restoring what it took away, right before the commit;
/// disposed with the import's write path, committed or not, to give back what belongs to the connection.
/// </summary>
public interface IImportBulkMode : IDisposable
{
    /// <summary>True between <see cref="Enter"/> and <see cref="Restore"/>.</summary>
    bool IsOn { get; }

    void Enter();

    /// <summary>Must run before the commit, whether or not <see cref="Enter"/> ran; a rollback undoes what it took away by itself.</summary>
    void Restore();
}
