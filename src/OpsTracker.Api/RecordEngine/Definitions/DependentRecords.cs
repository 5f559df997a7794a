using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// Records of one kind that refer to a record about to be deleted. While any exist the delete is a 409 that says
/// which records hold on to it, rather than silently breaking provenance. Derived from the EF model at start-up: every
/// foreign key of a record kind, or of its link rows, to the deleted record's kind (see <see cref="Find{TDependent}"/>).
/// </summary>
public sealed class DependentRecords
{
    private readonly Func<OpsTrackerDbContext, long, CancellationToken, Task<int>> _count;
    private readonly Func<OpsTrackerDbContext, long, int, IAsyncEnumerable<long>> _ids;

    private DependentRecords(string path, string description, IReadOnlyList<string> fields,
        Func<OpsTrackerDbContext, long, CancellationToken, Task<int>> count, Func<OpsTrackerDbContext, long, int, IAsyncEnumerable<long>> ids)
    {
        Path = path;
        Description = description;
        Fields = fields;
        _count = count;
        _ids = ids;
    }

    /// <summary>The route segment of the dependent records' resource: "arrests".</summary>
    public string Path { get; }

    /// <summary>What the dependents are, in the plural: "casualty records", or "forces under it" for a kind's own records.</summary>
    public string Description { get; }

    /// <summary>The fields of the dependents' requests that refer: "arrestingForceId", "forceIds".</summary>
    public IReadOnlyList<string> Fields { get; }

    public Task<int> CountAsync(OpsTrackerDbContext db, long id, CancellationToken cancellationToken) =>
        _count(db, id, cancellationToken);

    /// <summary>The ids of the first <paramref name="limit"/> dependents, ascending: what names a person, for its records.</summary>
    public async Task<List<long>> IdsAsync(OpsTrackerDbContext db, long id, int limit, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await foreach (var dependent in _ids(db, id, limit).WithCancellation(cancellationToken))
        {
            ids.Add(dependent);
        }

        return ids;
    }

    /// <summary>
    /// The records of <typeparamref name="TDependent"/> that refer to a record of <paramref name="principal"/> through a
    /// foreign key of their own (<c>arrestingForceId</c>) or of their owned link rows (<c>forceIds</c>), counted by one
    /// compiled query; null when they cannot refer to it.
    /// </summary>
    /// <param name="model">The EF model.</param>
    /// <param name="principal">The entity type of the records that would be deleted.</param>
    /// <param name="path">The dependent resource's route segment.</param>
    /// <param name="description">What the dependents are called in a refused delete's answer.</param>
    /// <param name="fieldOf">The request field through which a foreign key of the dependent's link rows refers, by the type of the link rows ("sourceIds" for a citation's source), or null for rows of no list.</param>
    public static DependentRecords? Find<TDependent>(IModel model, IEntityType principal, string path, string description, Func<Type, IForeignKey, string?> fieldOf)
        where TDependent : RecordEntity
    {
        var dependent = model.FindEntityType(typeof(TDependent))!;
        var record = Expression.Parameter(typeof(TDependent), "record");
        var id = Expression.Parameter(typeof(long), "id");
        var conditions = new List<Expression>();
        var fields = new List<string>();
        foreach (var key in ReferencesTo(dependent, principal))
        {
            conditions.Add(Refers(record, key, id));
            fields.Add(JsonNamingPolicy.CamelCase.ConvertName(key.Properties.Single().Name));
        }

        foreach (var navigation in dependent.GetNavigations().Where(navigation => navigation.IsCollection && navigation.TargetEntityType.IsOwned()))
        {
            var link = Expression.Parameter(navigation.TargetEntityType.ClrType, "link");
            foreach (var key in ReferencesTo(navigation.TargetEntityType, principal))
            {
                conditions.Add(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [link.Type],
                    Expression.Property(record, navigation.PropertyInfo!),
                    Expression.Lambda(Refers(link, key, id), link)));
                fields.Add(fieldOf(link.Type, key)
                    ?? throw new InvalidOperationException(
                        $"{typeof(TDependent).Name}.{navigation.Name} refers to {principal.ClrType.Name} but is no list its definition declares."));
            }
        }

        if (conditions.Count == 0)
        {
            return null;
        }

        var refersToRecord = Expression.Lambda<Func<TDependent, bool>>(conditions.Aggregate(Expression.OrElse), record);
        var db = Expression.Parameter(typeof(OpsTrackerDbContext), "db");
        var cancellationToken = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var set = Expression.Call(db, nameof(DbContext.Set), [typeof(TDependent)]);
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TDependent)], set, Expression.Quote(refersToRecord));
        var query = EF.CompileAsyncQuery(Expression.Lambda<Func<OpsTrackerDbContext, long, CancellationToken, int>>(count, db, id, cancellationToken));
        var limit = Expression.Parameter(typeof(int), "limit");
        var entityId = Expression.Parameter(typeof(TDependent), "dependent");
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TDependent)], set, Expression.Quote(refersToRecord));
        var ordered = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(TDependent), typeof(long)], matching,
            Expression.Quote(Expression.Lambda<Func<TDependent, long>>(Expression.Property(entityId, nameof(RecordEntity.Id)), entityId)));
        var selected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TDependent), typeof(long)], ordered,
            Expression.Quote(Expression.Lambda<Func<TDependent, long>>(Expression.Property(entityId, nameof(RecordEntity.Id)), entityId)));
        var taken = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(long)], selected, limit);
        var ids = EF.CompileAsyncQuery(Expression.Lambda<Func<OpsTrackerDbContext, long, int, IQueryable<long>>>(taken, db, id, limit));
        return new DependentRecords(path, description, fields, query, ids);
    }

    private static IEnumerable<IForeignKey> ReferencesTo(IEntityType referring, IEntityType principal) =>
        referring.GetForeignKeys().Where(key => !key.IsOwnership && key.PrincipalEntityType == principal);

    private static Expression Refers(ParameterExpression row, IForeignKey key, ParameterExpression id)
    {
        var column = Expression.Property(row, key.Properties.Single().PropertyInfo!);
        return Expression.Equal(column, Expression.Convert(id, column.Type));
    }
}
