using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// A field of a request that names other records by id. Each must exist, else the request is a 400 on that
/// field ("sourceIds[1]": "There is no source with id 99."). Imports also name the targets by externalId, through
/// the field's twin (<see cref="ExternalIdField"/>), and check many requests' ids in one query.
/// </summary>
public sealed class ReferenceCheck
{
    private readonly Func<OpsTrackerDbContext, IReadOnlyList<long>, CancellationToken, Task<List<long>>> _findExisting;
    private readonly Func<OpsTrackerDbContext, IReadOnlyList<string>, CancellationToken, Task<Dictionary<string, long>>> _findByExternalId;

    private readonly IReadOnlyList<string>? _fieldsOfIds;

    private ReferenceCheck(string field, string targetName, Type targetType, IReadOnlyList<long> ids, bool isList,
        Func<OpsTrackerDbContext, IReadOnlyList<long>, CancellationToken, Task<List<long>>> findExisting,
        Func<OpsTrackerDbContext, IReadOnlyList<string>, CancellationToken, Task<Dictionary<string, long>>> findByExternalId,
        IReadOnlyList<string>? fieldsOfIds = null)
    {
        _fieldsOfIds = fieldsOfIds;
        Field = field;
        TargetName = targetName;
        TargetType = targetType;
        Ids = ids;
        IsList = isList;
        _findExisting = findExisting;
        _findByExternalId = findByExternalId;
    }

    public string Field { get; }
    public string TargetName { get; }

    /// <summary>The entity type the ids name.</summary>
    public Type TargetType { get; }

    public IReadOnlyList<long> Ids { get; }
    public bool IsList { get; }

    /// <summary>
    /// Whether imports may name the targets by externalId in a twin column (<see cref="ExternalIdField"/>): true for
    /// a field of the request's own; false for ids inside a list of objects (a citation's source).
    /// </summary>
    public bool HasExternalIdTwin => _fieldsOfIds is null;

    /// <summary>The field that names the same targets by externalId: sourceIds → sourceExternalIds, operationId → operationExternalId.</summary>
    public string ExternalIdField => IsList
        ? Field[..^"Ids".Length] + "ExternalIds"
        : Field[..^"Id".Length] + "ExternalId";

    /// <summary>A list of ids, such as <c>sourceIds</c>; errors name the index (<c>sourceIds[2]</c>).</summary>
    public static ReferenceCheck ToMany<TTarget>(string field, string targetName, IReadOnlyList<long>? ids)
        where TTarget : RecordEntity =>
        new(field, targetName, typeof(TTarget), ids ?? [], isList: true, FindExisting<TTarget>, FindByExternalId<TTarget>);

    /// <summary>
    /// Ids inside a list of objects, each with the field it is in (<c>citations[1].sourceId</c>), under one
    /// <paramref name="field"/> (<c>citations</c>); imports name them by id only.
    /// </summary>
    public static ReferenceCheck Within<TTarget>(string field, string targetName, IReadOnlyList<(string Field, long Id)> ids)
        where TTarget : RecordEntity =>
        new(field, targetName, typeof(TTarget), [.. ids.Select(id => id.Id)], isList: true, FindExisting<TTarget>, FindByExternalId<TTarget>,
            [.. ids.Select(id => id.Field)]);

    /// <summary>One optional id, such as <c>operationId</c>.</summary>
    public static ReferenceCheck ToOne<TTarget>(string field, string targetName, long? id)
        where TTarget : RecordEntity =>
        new(field, targetName, typeof(TTarget), id is { } value ? [value] : [], isList: false, FindExisting<TTarget>, FindByExternalId<TTarget>);

    public async Task<IEnumerable<(string Field, string Message)>> FindMissingAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (Ids.Count == 0)
        {
            return [];
        }

        var existing = (await _findExisting(db, Ids.Distinct().ToList(), cancellationToken)).ToHashSet();
        return MissingAmong(existing);
    }

    /// <summary>The errors for this request's ids that are not in <paramref name="existing"/>, worded as for one request.</summary>
    public IEnumerable<(string Field, string Message)> MissingAmong(IReadOnlySet<long> existing) => Ids
        .Select((id, index) => (id, index))
        .Where(item => !existing.Contains(item.id))
        .Select(item => (_fieldsOfIds?[item.index] ?? (IsList ? $"{Field}[{item.index}]" : Field), $"There is no {TargetName} with id {item.id}."));

    /// <summary>Which of <paramref name="ids"/> name stored targets (at most a few hundred ids per call).</summary>
    public Task<List<long>> FindExistingAsync(OpsTrackerDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        _findExisting(db, ids, cancellationToken);

    /// <summary>The ids of the stored targets with these externalIds (at most a few hundred per call).</summary>
    public Task<Dictionary<string, long>> FindByExternalIdAsync(OpsTrackerDbContext db, IReadOnlyList<string> externalIds, CancellationToken cancellationToken) =>
        _findByExternalId(db, externalIds, cancellationToken);

    private static async Task<List<long>> FindExisting<TTarget>(OpsTrackerDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken)
        where TTarget : RecordEntity
    {
        if (ids.Count > LiveRecord<TTarget>.CompiledReadsUpTo)
        {
            return await db.Set<TTarget>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        }

        var existing = new List<long>(ids.Count);
        foreach (var id in ids)
        {
            if (await LiveRecord<TTarget>.Exists(db, id, cancellationToken))
            {
                existing.Add(id);
            }
        }

        return existing;
    }

    private static Task<Dictionary<string, long>> FindByExternalId<TTarget>(OpsTrackerDbContext db, IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
        where TTarget : RecordEntity =>
        db.Set<TTarget>().Where(e => externalIds.Contains(e.ExternalId!)).Select(e => new { e.ExternalId, e.Id })
            .ToDictionaryAsync(e => e.ExternalId!, e => e.Id, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// Whether a live record of <typeparamref name="TTarget"/> has an id, as one compiled query: a write refers to one
    /// to a few records, and EF's translation of the list query (walking and hashing its expression for the cache)
    /// cost more than the reads themselves.
    /// </summary>
    private static class LiveRecord<TTarget>
        where TTarget : RecordEntity
    {
        public const int CompiledReadsUpTo = 4;

        public static readonly Func<OpsTrackerDbContext, long, CancellationToken, Task<bool>> Exists = EF.CompileAsyncQuery(
            (OpsTrackerDbContext db, long id, CancellationToken cancellationToken) => db.Set<TTarget>().Any(e => e.Id == id));
    }
}
