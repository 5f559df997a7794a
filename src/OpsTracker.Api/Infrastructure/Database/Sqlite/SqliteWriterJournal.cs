using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Where SQLite keeps the journal of a shared commit's savepoints: in memory while the writer's transaction runs,
/// files (SQLite's default, <see cref="SqliteConnectionTuning"/>) the rest of the time.
/// </summary>
/// <remarks>
/// <para>
/// Each write of a shared commit runs in a savepoint (<c>RecordWriter</c>), and SQLite copies every page a savepoint
/// changes first into the transaction's statement journal, so that the savepoint can be rolled back alone. Past 64 KiB
/// that journal spills into a temporary file, unless the connection keeps temporary storage in memory
/// (<c>temp_store = MEMORY</c>). A group's writes change tens of pages each, so with files every write of a commit
/// went through the kernel's file writes: about a tenth of a POST's CPU (docs/performance.md).
/// </para>
/// <para>
/// The journal lives as long as the transaction, and a group's pages are at most a few megabytes. The setting is
/// undone after each commit because the writer's connection is one of the pool's: a read sorting more than its page
/// cache holds, or an import building its indexes, should spill to files as before. SQLite decides where the journal
/// goes when the transaction begins, and refuses the setting inside a transaction.
/// </para>
/// </remarks>
public static class SqliteWriterJournal
{
    /// <summary>Temporary storage, the statement journal with it, in memory: before the transaction begins.</summary>
    public static Task InMemoryAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY;", cancellationToken);

    /// <summary>Temporary storage back to the default, files: once the transaction has ended.</summary>
    public static Task DefaultAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = DEFAULT;", cancellationToken);
}
