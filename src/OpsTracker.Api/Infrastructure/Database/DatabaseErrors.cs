namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Reads what kind of constraint a failed write broke, on either database: each dialect knows its own driver's
/// exceptions. Endpoints check uniqueness and references first to give a precise answer; this is the backstop for the
/// race where another writer got there in between.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>
    /// True when other writers held the database past the busy timeout, whether the lock stopped a save (inside a
    /// DbUpdateException) or the transaction's start: safe to retry (see each dialect's <see cref="IDatabaseDialect.IsBusy"/>).
    /// </summary>
    public static bool IsBusy(Exception exception) => Ask(exception, (dialect, candidate) => dialect.IsBusy(candidate)) ?? false;

    /// <summary>
    /// The constraint a write broke, from a save (a DbUpdateException) or from the database directly (an import's
    /// COPY on PostgreSQL raises its error as it is).
    /// </summary>
    public static DatabaseErrorKind Classify(Exception exception) =>
        Ask(exception, (dialect, candidate) => dialect.Classify(candidate)) ?? DatabaseErrorKind.Other;

    /// <summary>The answer of the dialect whose driver threw the exception given, or the one it wraps (a DbUpdateException's, say).</summary>
    private static T? Ask<T>(Exception exception, Func<IDatabaseDialect, Exception, T?> ask)
        where T : struct
    {
        foreach (var candidate in new[] { exception, exception.InnerException })
        {
            foreach (var dialect in candidate is null ? [] : DatabaseDialects.All)
            {
                if (ask(dialect, candidate!) is { } answer)
                {
                    return answer;
                }
            }
        }

        return null;
    }
}
