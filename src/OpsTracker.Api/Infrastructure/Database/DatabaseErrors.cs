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

    public static DatabaseErrorKind Classify(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => DatabaseErrorKind.UniqueViolation,
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } => DatabaseErrorKind.ForeignKeyViolation,
        _ => DatabaseErrorKind.Other,
    };
}
