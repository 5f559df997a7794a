using System.Data;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

/// <summary>
/// PostgreSQL runs one command at a time per connection, so an export's link rows are read on a second connection that
/// shares the records' snapshot (<c>pg_export_snapshot</c>, <c>SET TRANSACTION SNAPSHOT</c>): opened before the
/// records' query runs, so that it runs in the shared snapshot.
/// </summary>
public sealed partial class PostgresSnapshotReader : ISnapshotReader
{
    private readonly IDbContextTransaction _recordsTransaction;
    private readonly AsyncServiceScope _scope;
    private readonly IDbContextTransaction _linksTransaction;

    private PostgresSnapshotReader(OpsTrackerDbContext db, IDbContextTransaction recordsTransaction, AsyncServiceScope scope, IDbContextTransaction linksTransaction)
    {
        Db = db;
        _recordsTransaction = recordsTransaction;
        _scope = scope;
        _linksTransaction = linksTransaction;
    }

    public OpsTrackerDbContext Db { get; }

    public static async Task<PostgresSnapshotReader> OpenAsync(OpsTrackerDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
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
            return new PostgresSnapshotReader(links, recordsTransaction, scope.Value, linksTransaction);
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
        await _linksTransaction.DisposeAsync();
        await _scope.DisposeAsync();
        await _recordsTransaction.DisposeAsync();
    }

    [GeneratedRegex("^[0-9A-Fa-f]+(-[0-9A-Fa-f]+)*$")]
    private static partial Regex SnapshotId();
}
