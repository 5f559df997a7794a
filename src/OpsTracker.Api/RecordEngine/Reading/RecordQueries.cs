using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Counters;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// The reads every request of a kind makes, compiled once per resource (EF.CompileAsyncQuery). An ordinary LINQ query
/// is translated again on each call as far as EF's query cache: its expression tree is walked for parameters, then
/// hashed and compared with the cached ones, and for a record's whole projection that cost more than SQLite's own
/// read of the row. A compiled query goes straight to the cached SQL and shaper.
/// </summary>
public static class RecordQueries
{
    /// <summary>The live record with this id, projected by <paramref name="projection"/>, or null.</summary>
    /// <remarks>
    /// Without First/Single: their LIMIT, with a collection in the projection (citations), makes EF wrap the row in a
    /// subquery, which doubles the SQL that SQLite parses for every request (it keeps no prepared statements between
    /// commands). The id is the key, so the plain query yields one record or none all the same.
    /// </remarks>
    public static Func<OpsTrackerDbContext, long, CancellationToken, Task<TResult?>> ById<TEntity, TResult>(
        Expression<Func<TEntity, TResult>> projection)
        where TEntity : RecordEntity
        where TResult : class
    {
        var query = EF.CompileAsyncQuery(Inline<Func<OpsTrackerDbContext, long, IQueryable<TResult>>, TEntity, TResult>(
            (db, id) => db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(Projection<TEntity, TResult>.Placeholder),
            projection));
        return async (db, id, cancellationToken) =>
        {
            await foreach (var result in query(db, id).WithCancellation(cancellationToken))
            {
                return result;
            }

            return null;
        };
    }

    /// <summary>
    /// <paramref name="compose"/> applied to the live records whose ids are in the list given: a page's records, or
    /// the link rows of a page's or an export chunk's records. The composition is built once; each call only sets it
    /// on a new root. The ids are one parameter (json_each on SQLite, = ANY on PostgreSQL): as one parameter each
    /// (EF's default), the SQL depends on their number, and EF generated it again, under a lock, for every page.
    /// </summary>
    /// <remarks>
    /// Not EF.CompileAsyncQuery: EF.Parameter refuses a compiled query's own parameter, and without it the ids would
    /// be one parameter each.
    /// </remarks>
    public static Func<OpsTrackerDbContext, List<long>, IAsyncEnumerable<TResult>> WithIds<TEntity, TResult>(
        Func<IQueryable<TEntity>, IQueryable<TResult>> compose)
        where TEntity : RecordEntity
    {
        // Composed over a stand-in that only records the calls made on it.
        var standIn = Expression.Parameter(typeof(IQueryable<TEntity>), "records");
        var composed = compose(new EnumerableQuery<TEntity>(standIn)).Expression;
        return (db, ids) =>
        {
            var records = db.Set<TEntity>().AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id));
            return records.Provider.CreateQuery<TResult>(OnSource(composed, standIn, records.Expression)).AsAsyncEnumerable();
        };
    }

    /// <summary>
    /// <paramref name="query"/> with its source <paramref name="standIn"/> replaced: only the chain of query operators
    /// down to it is rebuilt (their source is their first argument); their lambdas are shared.
    /// </summary>
    private static Expression OnSource(Expression query, ParameterExpression standIn, Expression source)
    {
        if (query == standIn)
        {
            return source;
        }

        if (query is not MethodCallExpression { Object: null, Arguments.Count: > 0 } call)
        {
            throw new ArgumentException("A query composed over the stand-in must be a chain of query operators.", nameof(query));
        }

        return call.Update(null, [OnSource(call.Arguments[0], standIn, source), .. call.Arguments.Skip(1)]);
    }

    /// <summary>The trigger-kept count of live records in one table (see <see cref="LiveRecordCount"/>).</summary>
    public static readonly Func<OpsTrackerDbContext, string, CancellationToken, Task<long>> LiveCount =
        EF.CompileAsyncQuery((OpsTrackerDbContext db, string table, CancellationToken _) =>
            db.Set<LiveRecordCount>().Where(c => c.Table == table).Select(c => c.Count).Single());

    /// <summary>The query with the placeholder replaced by the projection itself, as if it had been written inline.</summary>
    private static Expression<TDelegate> Inline<TDelegate, TEntity, TResult>(Expression<TDelegate> query, Expression<Func<TEntity, TResult>> projection) =>
        (Expression<TDelegate>)new PlaceholderReplacer(typeof(Projection<TEntity, TResult>).GetField(nameof(Projection<TEntity, TResult>.Placeholder))!, projection)
            .Visit(query);

    private static class Projection<TEntity, TResult>
    {
        // Never read: it stands in the query's expression tree for the projection until Inline replaces it.
        public static readonly Expression<Func<TEntity, TResult>> Placeholder = null!;
    }

    private sealed class PlaceholderReplacer(System.Reflection.FieldInfo placeholder, LambdaExpression projection) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member == placeholder ? Expression.Quote(projection) : base.VisitMember(node);
    }
}
