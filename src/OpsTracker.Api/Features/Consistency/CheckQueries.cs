using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Consistency;

/// <summary>
/// Plain SQL on the check's open connection, inside its snapshot when one is open: the counts it compares are over
/// tables whose names come from the model, not over entity types. Each command takes the context's command timeout
/// (none, for the <c>check</c> command on PostgreSQL), not the connection string's default of 30 s.
/// </summary>
public sealed class CheckQueries(OpsTrackerDbContext db)
{
    public async Task<List<T>> ScalarsAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add((T)Convert.ChangeType(reader.GetValue(0), typeof(T), CultureInfo.InvariantCulture));
        }

        return values;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        return command;
    }
}
