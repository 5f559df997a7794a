using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Runs a query's statements compiled once per connection instead of once per request: EF makes a new command for
/// every query, and Microsoft.Data.Sqlite compiles a new command's SQL when it first runs (a by-id read's joins and a
/// record insert with its table's triggers cost SQLite more to compile than to run). On a
/// <see cref="KeptOpenSqliteConnection"/>, a command EF has just built is swapped for the one this connection already
/// ran with the same SQL, its parameters moved over, and that command is kept when EF is done with its reader.
/// </summary>
/// <remarks>
/// Only commands read through a data reader (queries, and inserts that return their keys) are kept: EF disposes the
/// others itself. A kept command whose reader is still open (a query running inside another's reading) is not reused;
/// the new command runs as EF built it. A disposed reader has reset its statements, so a kept command holds no lock.
/// </remarks>
public sealed class SqliteStatementReuse : DbCommandInterceptor
{
    /// <summary>The most commands a connection keeps; SQL beyond them (rare filter combinations) is compiled each time.</summary>
    public const int CommandsPerConnection = 200;

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (eventData.ExecuteMethod != DbCommandMethod.ExecuteReader
            || result is not SqliteCommand { Connection: KeptOpenSqliteConnection connection } built)
        {
            return result;
        }

        if (!connection.Statements.TryGetValue(built.CommandText, out var kept))
        {
            if (connection.Statements.Count < CommandsPerConnection)
            {
                connection.Statements.Add(built.CommandText, built);
                connection.Reading.Add(built);
            }

            return built;
        }

        if (!connection.Reading.Add(kept))
        {
            return built;
        }

        kept.Transaction = built.Transaction;
        kept.CommandTimeout = built.CommandTimeout;
        kept.Parameters.Clear();
        kept.Parameters.AddRange(built.Parameters.Cast<SqliteParameter>().ToArray());
        built.Parameters.Clear();
        built.Dispose();
        return kept;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (!DoneReading(command))
        {
            return result;
        }

        // What EF would do but dispose the command: the reader's own disposal resets its statements. The connection
        // is not closed either; it closes with its context.
        eventData.DataReader.Dispose();
        command.Parameters.Clear();
        return InterceptionResult.Suppress();
    }

    /// <summary>EF disposes a command whose execution failed: it is compiled again the next time.</summary>
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Forget(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Forget(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(command);
        return Task.CompletedTask;
    }

    private static void Forget(DbCommand command)
    {
        if (DoneReading(command))
        {
            ((KeptOpenSqliteConnection)command.Connection!).Statements.Remove(command.CommandText);
        }
    }

    /// <summary>
    /// Whether <paramref name="command"/> is a kept command that was running (every kept command is in
    /// <see cref="KeptOpenSqliteConnection.Reading"/> from the moment it is handed to EF until its reader is disposed
    /// or it fails); it is marked as no longer running.
    /// </summary>
    private static bool DoneReading(DbCommand command) =>
        command is SqliteCommand { Connection: KeptOpenSqliteConnection connection } sqlite && connection.Reading.Remove(sqlite);
}
