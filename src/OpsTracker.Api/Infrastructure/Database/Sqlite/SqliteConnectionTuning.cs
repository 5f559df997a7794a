using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Per-connection SQLite settings. No memory map (<c>mmap_size = 0</c>) and a small page cache per connection:
/// in WAL mode a connection that starts reading after another connection has committed drops its page cache and
/// unmaps its whole memory map of the file (SQLite's <c>pagerBeginReadTransaction</c>), so under writes every
/// request's reads would unmap and fault back the pages they touch, more work than the map saves them. Without the
/// map, pages are read from the OS's file cache into the connection's own page cache, which is why that is small:
/// every pooled connection keeps one, filled by reads at random, and emptied at another connection's commit anyway.
/// Reads without writes go about as fast either way, pages a little slower (docs/performance.md, "No memory map").
///
/// Temporary storage stays SQLite's default, files: with <c>temp_store = MEMORY</c> SQLite's sorter never spills, so a
/// sort as large as building an index over a million rows (bulk imports) held all of its keys in the process's
/// memory; with files it spills past the page cache's size into temporary files, which the OS keeps in its file cache.
///
/// <c>synchronous = FULL</c> makes every commit flush the write-ahead log to disk before it returns, so a write the API
/// has answered survives a power cut, not only a crash of the process (<c>NORMAL</c>, in WAL mode, can lose the last
/// commits then). It is SQLite's default, set here so that a build of SQLite with another default cannot weaken it;
/// record writes share their commits (<c>RecordWriter</c>), so its flush is paid once per batch, not per write.
///
/// The busy timeout makes a writer that finds the database locked by another writer wait for it, up to the
/// timeout, instead of failing at once: with WAL (set at start-up) readers never wait, and writers queue.
/// </summary>
public sealed class SqliteConnectionTuning(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    /// <summary>The page cache of each connection, in KiB (<c>PRAGMA cache_size</c> takes it negated).</summary>
    public const int CacheKibibytes = 8_192;

    /// <summary>
    /// How the API's connections read the file: no memory map and a page cache of <see cref="CacheKibibytes"/>. An import
    /// runs with its own and sets these back when it is done (<c>ImportBulkMode.Dispose</c>). mmap_size is set although 0
    /// is SQLite's default: a build of SQLite with another default would bring the unmapping back.
    /// </summary>
    public static readonly string ReadSettings = $"PRAGMA mmap_size = 0; PRAGMA cache_size = -{CacheKibibytes};";

    private readonly string _pragmas = $"{ReadSettings} PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;";

    // The settings belong to SQLite's own connection, and every open here is a native connection's first: a kept
    // connection opens once for its context's life, and one with Pooling=False gets a new native connection at each
    // open (neither comes from Microsoft.Data.Sqlite's pool, see KeptOpenSqliteConnection).
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
