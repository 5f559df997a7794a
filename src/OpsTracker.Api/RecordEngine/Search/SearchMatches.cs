using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Search;

/// <summary>
/// Which records' search text contains a normalized term: through a full-text index where the database has one that
/// answers the term (SQLite's trigram index per record table, for terms of three letters or more), else by the
/// search column (on PostgreSQL, a pg_trgm GIN index answers that). See <see cref="IDatabaseDialect"/>.
/// </summary>
public static class SearchMatches
{
    public static Expression<Func<TEntity, bool>> Matching<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity
    {
        if (FullTextIds<TEntity>(db, normalizedTerm) is { } ids)
        {
            return e => ids.Contains(e.Id);
        }

        return db.Dialect.SearchTextContains<TEntity>(normalizedTerm);
    }

    /// <summary>
    /// The ids of the records whose own text contains the term, for a union with other ids that the list then filters
    /// again. From a full-text index they are the index's own rowids, deleted records possibly among them, so the union
    /// does not look each one up in the record table only for the list to look it up again.
    /// </summary>
    public static IQueryable<long> MatchingIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity =>
        FullTextIds<TEntity>(db, normalizedTerm) ?? db.Set<TEntity>().Where(Matching<TEntity>(db, normalizedTerm)).Select(e => e.Id);

    private static IQueryable<long>? FullTextIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity =>
        db.Dialect.FullTextMatches(db, db.Model.FindEntityType(typeof(TEntity))!.GetTableName()!, normalizedTerm);

    /// <summary>The live records whose own text contains the term (the persons a search reaches others through).</summary>
    public static IQueryable<long> LiveMatchingIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity =>
        db.Set<TEntity>().Where(Matching<TEntity>(db, normalizedTerm)).Select(e => e.Id);

    /// <summary>The camps or forces whose names or aliases contain the term: few rows, so read without an index.</summary>
    public static IQueryable<long> NamedIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity, INamedRecord =>
        db.Set<TEntity>().Where(e => e.NamesText.Contains(normalizedTerm)).Select(e => e.Id);
}
