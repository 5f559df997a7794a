using Microsoft.Data.Sqlite;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// A SQLite connection that stays open for the life of its DbContext (pooled contexts live as long as the API), so
/// that the statements it has compiled can run again (<see cref="SqliteStatementReuse"/>). Closing a
/// <see cref="SqliteConnection"/> finalizes every statement compiled on it, and EF closes its connection after each
/// query: SQLite then compiled each query's SQL, and an insert with its tables' triggers, on every request
/// (dotnet/efcore#14044). Close is therefore a no-op; the connection closes when it is disposed, which EF does when it
/// disposes the context. Opening it once also registers EF's SQL functions once instead of on every open.
/// </summary>
/// <remarks>
/// <para>
/// Its native connection is its own, never from Microsoft.Data.Sqlite's pool: kept connections are opened while the
/// pool holds none idle (every earlier one is kept by its context), and the pool, looking then for connections whose
/// SqliteConnection was collected unclosed, can take one being handed out at that moment for such a one and lend it to
/// a second owner (dotnet/efcore#39008, fixed upstream by dotnet/efcore#39009, which is not in the 10.0.5 this project
/// uses; docs/development.md). Two contexts on one native connection would run each other's statements inside each
/// other's transactions.
/// </para>
/// <para>
/// Nothing is held between uses: a statement is reset when its reader is disposed, so an idle connection holds no
/// read snapshot and no lock, as a pooled one did. EF ends its transactions before it would close.
/// </para>
/// </remarks>
public sealed class KeptOpenSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    private bool _disposing;

    /// <summary>The commands whose compiled statements this connection keeps, by their SQL.</summary>
    internal Dictionary<string, SqliteCommand> Statements { get; } = new(StringComparer.Ordinal);

    /// <summary>The kept commands whose reader is open.</summary>
    internal HashSet<SqliteCommand> Reading { get; } = [];

    public override void Close()
    {
        if (_disposing)
        {
            base.Close();
        }
    }

    public override Task CloseAsync()
    {
        Close();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposing)
        {
            _disposing = true;
            foreach (var command in Statements.Values)
            {
                command.Dispose();
            }

            Statements.Clear();
            Reading.Clear();
        }

        base.Dispose(disposing);
    }
}
