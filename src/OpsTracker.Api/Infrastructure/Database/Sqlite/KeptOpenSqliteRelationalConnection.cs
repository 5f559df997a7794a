using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

#pragma warning disable EF1001 // EF's SQLite connection is the only place that makes the DbConnection a context uses; its API is internal to EF.

/// <summary>
/// EF's SQLite connection, making a <see cref="KeptOpenSqliteConnection"/> (a native connection of its own, outside
/// Microsoft.Data.Sqlite's pool) for each context unless the connection string turns pooling off. EF's own registers
/// SQL functions for decimal arithmetic and <c>Regex.IsMatch</c> on the connections it makes; the model has no decimal
/// property and no query matches a regular expression, so the kept connection registers none.
/// </summary>
public sealed class KeptOpenSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection()
    {
        var connectionString = GetValidatedConnectionString();

        // Pooling=False asks that nothing stay open between uses (the tests' hosts replace their database file between
        // tests); that connection is EF's own.
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!builder.Pooling)
        {
            return base.CreateDbConnection();
        }

        // The kept connection is the pooling: it lives as long as its pooled context. Taken from Microsoft.Data.Sqlite's
        // own pool instead, it could be the same native connection as another context's (see KeptOpenSqliteConnection).
        builder.Pooling = false;
        return new KeptOpenSqliteConnection(builder.ToString());
    }
}
#pragma warning restore EF1001
