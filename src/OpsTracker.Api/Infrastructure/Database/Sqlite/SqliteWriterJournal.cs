using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Where SQLite keeps the journal of a shared commit's savepoints: in memory while the writer's transaction runs,
/// files (SQLite's default, <see cref="SqliteConnectionTuning"/>) the rest of the time.
/// </summary>
/// <remarks>
/// <para>
/// Each write of a shared commit runs in a savepoint (<c>RecordWriter</c>), and SQLite copies the first change of each
/// page under a savepoint into the transaction's statement journal, so that the savepoint can be rolled back alone.
/// Past 64 KiB that journal spills into a temporary file, unless the connection keeps temporary storage in memory
/// (<c>temp_store = MEMORY</c>) when the transaction begins: a write changes tens of pages, so with files every write
/// of a commit went through the kernel's file writes (docs/performance.md).
/// </para>
/// <para>
/// In memory the journal holds one write's pages at a time: SQLite empties it when a write's savepoint is released.
/// The setting is undone after each commit because the writer's connection is one of the pool's: a read sorting more
/// than its page cache holds, or an import building its indexes, should spill to files as before. SQLite reads the
/// setting when a transaction begins, so it is set before <c>BEGIN</c>; changing it drops the connection's temporary
/// tables, and makes its kept statements compile again, only where some exist, which the API never creates.
/// </para>
/// </remarks>
public static class SqliteWriterJournal
{
    /// <summary>Temporary storage, the statement journal with it, in memory: before the transaction begins.</summary>
    public static Task KeepInMemoryAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY;", cancellationToken);

    /// <summary>Temporary storage back to the default, files: once the transaction has ended.</summary>
    public static Task RestoreDefaultAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = DEFAULT;", cancellationToken);
}
