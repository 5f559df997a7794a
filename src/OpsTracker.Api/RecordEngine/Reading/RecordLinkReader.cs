using System.Data;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// Where an export reads its link rows while the records' query is still being read, from the same snapshot of the
/// database as the records. SQLite runs both on the context's own connection, inside the read transaction the open
/// records' query holds. PostgreSQL runs one command at a time per connection, so the link rows are read on a second
/// connection that shares the records' snapshot (<c>pg_export_snapshot</c>, <c>SET TRANSACTION SNAPSHOT</c>).
/// </summary>
public sealed partial class RecordLinkReader : IAsyncDisposable
{
    private readonly IDbContextTransaction? _recordsTransaction;
    private readonly AsyncServiceScope? _scope;
    private readonly IDbContextTransaction? _linksTransaction;

    private RecordLinkReader(OpsTrackerDbContext db, IDbContextTransaction? recordsTransaction = null, AsyncServiceScope? scope = null, IDbContextTransaction? linksTransaction = null)
    {
        Db = db;
        _recordsTransaction = recordsTransaction;
        _scope = scope;
        _linksTransaction = linksTransaction;
    }

    /// <summary>The context to read link rows through.</summary>
    public OpsTrackerDbContext Db { get; }

    /// <summary>Opened before the records' query runs, so that on PostgreSQL it runs in the shared snapshot.</summary>
    public static async Task<RecordLinkReader> OpenAsync(OpsTrackerDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new RecordLinkReader(db);
        }

        var recordsTransaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        AsyncServiceScope? scope = null;
        IDbContextTransaction? linksTransaction = null;
        try
        {
            const string ExportSnapshot = "SELECT pg_export_snapshot() AS \"Value\"";
            var snapshot = (await db.Database.SqlQueryRaw<string>(ExportSnapshot).ToListAsync(cancellationToken)).Single();
            if (!SnapshotId().IsMatch(snapshot))
            {
                throw new InvalidOperationException($"PostgreSQL exported a snapshot id of an unexpected form: '{snapshot}'.");
            }

            scope = services.CreateAsyncScope();
            var links = scope.Value.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
            linksTransaction = await links.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var useSnapshot = $"SET TRANSACTION SNAPSHOT '{snapshot}'";
            await links.Database.ExecuteSqlRawAsync(useSnapshot, cancellationToken);
            return new RecordLinkReader(links, recordsTransaction, scope, linksTransaction);
        }
        catch
        {
            if (linksTransaction is not null)
            {
                await linksTransaction.DisposeAsync();
            }

            if (scope is not null)
            {
                await scope.Value.DisposeAsync();
            }

            await recordsTransaction.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_linksTransaction is not null)
        {
            await _linksTransaction.DisposeAsync();
        }

        if (_scope is not null)
        {
            await _scope.Value.DisposeAsync();
        }

        if (_recordsTransaction is not null)
        {
            await _recordsTransaction.DisposeAsync();
        }
    }

    [GeneratedRegex("^[0-9A-Fa-f]+(-[0-9A-Fa-f]+)*$")]
    private static partial Regex SnapshotId();
}
