using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Reads what kind of constraint a failed write broke, on either database. Endpoints check uniqueness and references
/// first to give a precise answer; this is the backstop for the race where another writer got there in between.
/// </summary>
public static class DatabaseErrors
{
    // SQLite extended result codes: https://sqlite.org/rescode.html
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True when other writers held the database past the busy timeout, whether the lock stopped a save (inside a
    /// DbUpdateException) or the transaction's start. On PostgreSQL the like cases are a deadlock between two
    /// writers, a serialization failure, a lock wait past <c>lock_timeout</c>, and a statement that waited past the
    /// command timeout (behind an import's transaction, say): each is safe to retry.
    /// </summary>
    public static bool IsBusy(Exception exception) => DatabaseException(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable,
        NpgsqlException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>
    /// The constraint a write broke, from a save (a DbUpdateException) or from the database directly (an import's
    /// COPY on PostgreSQL raises its error as it is).
    /// </summary>
    public static DatabaseErrorKind Classify(Exception exception) => DatabaseException(exception) switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => DatabaseErrorKind.UniqueViolation,
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } => DatabaseErrorKind.ForeignKeyViolation,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => DatabaseErrorKind.UniqueViolation,
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => DatabaseErrorKind.ForeignKeyViolation,
        _ => DatabaseErrorKind.Other,
    };

    /// <summary>The database's own exception: the one given, or the one it wraps (a DbUpdateException's, say).</summary>
    private static Exception? DatabaseException(Exception exception) =>
        exception is SqliteException or NpgsqlException ? exception : exception.InnerException;
}
