using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Reads what kind of constraint a failed write broke. Endpoints check uniqueness and references first to give
/// a precise answer; this is the backstop for the race where another writer got there in between.
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
    /// DbUpdateException) or the transaction's start.
    /// </summary>
    public static bool IsBusy(Exception exception) =>
        (exception as SqliteException ?? exception.InnerException as SqliteException) is { SqliteErrorCode: SqliteBusy or SqliteLocked };

    public static DatabaseErrorKind Classify(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => DatabaseErrorKind.UniqueViolation,
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } => DatabaseErrorKind.ForeignKeyViolation,
        _ => DatabaseErrorKind.Other,
    };
}
