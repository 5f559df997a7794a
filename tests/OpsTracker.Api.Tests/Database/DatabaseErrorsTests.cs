using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// Each database's own error codes map to the same answers: a broken unique or foreign key is a conflict the
/// endpoints explain, a lock or deadlock is a 503 to retry. The races that raise them are tested through HTTP
/// (ParallelWritersTests, TwoInstancesTests); this pins the mapping of the codes those races rarely hit.
/// </summary>
public sealed class DatabaseErrorsTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation, DatabaseErrorKind.UniqueViolation)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, DatabaseErrorKind.ForeignKeyViolation)]
    [InlineData(PostgresErrorCodes.CheckViolation, DatabaseErrorKind.Other)]
    public void Postgres_constraint_codes_are_classified(string sqlState, DatabaseErrorKind expected)
    {
        var failure = new DbUpdateException("save failed", Postgres(sqlState));

        Assert.Equal(expected, DatabaseErrors.Classify(failure));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true)]
    [InlineData(PostgresErrorCodes.SerializationFailure, true)]
    [InlineData(PostgresErrorCodes.LockNotAvailable, true)]
    [InlineData(PostgresErrorCodes.UniqueViolation, false)]
    public void Postgres_lock_failures_are_busy_whether_wrapped_or_not(string sqlState, bool busy)
    {
        Assert.Equal(busy, DatabaseErrors.IsBusy(Postgres(sqlState)));
        Assert.Equal(busy, DatabaseErrors.IsBusy(new DbUpdateException("save failed", Postgres(sqlState))));
    }

    [Fact]
    public void A_postgres_constraint_raised_directly_by_an_import_copy_is_classified_too()
    {
        Assert.Equal(DatabaseErrorKind.UniqueViolation, DatabaseErrors.Classify(Postgres(PostgresErrorCodes.UniqueViolation)));
        Assert.Equal(DatabaseErrorKind.Other, DatabaseErrors.Classify(new InvalidOperationException("not a database error")));
    }

    [Fact]
    public void A_postgres_command_that_timed_out_waiting_is_busy()
    {
        var timedOut = new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt"));

        Assert.True(DatabaseErrors.IsBusy(timedOut));
        Assert.True(DatabaseErrors.IsBusy(new DbUpdateException("save failed", timedOut)));
        Assert.False(DatabaseErrors.IsBusy(new NpgsqlException("Connection refused")));
    }

    [Fact]
    public void Sqlite_busy_and_locked_are_busy()
    {
        Assert.True(DatabaseErrors.IsBusy(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseErrors.IsBusy(new DbUpdateException("save failed", new SqliteException("database table is locked", 6))));
        Assert.False(DatabaseErrors.IsBusy(new SqliteException("constraint failed", 19)));
        Assert.False(DatabaseErrors.IsBusy(new InvalidOperationException("not a database error")));
    }

    private static PostgresException Postgres(string sqlState) => new("failed", "ERROR", "ERROR", sqlState);
}
