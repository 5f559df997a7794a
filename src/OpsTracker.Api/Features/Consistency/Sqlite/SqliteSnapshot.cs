using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpsTracker.Api.Features.Consistency.Sqlite;

/// <summary>A deferred SQLite transaction that EF's queries share; disposing ends both, reading nothing back.</summary>
public sealed class SqliteSnapshot(SqliteTransaction transaction, IDbContextTransaction? shared) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        if (shared is not null)
        {
            await shared.DisposeAsync();
        }

        await transaction.DisposeAsync();
    }
}
