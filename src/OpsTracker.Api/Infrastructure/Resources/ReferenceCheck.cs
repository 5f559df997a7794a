using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Infrastructure.Resources;

/// <summary>
/// A field of a request that names other records by id. Each must exist, else the request is a 400 on that
/// field ("sourceIds[1]": "There is no source with id 99.").
/// </summary>
public sealed class ReferenceCheck
{
    private readonly Func<OpsTrackerDbContext, IReadOnlyList<long>, CancellationToken, Task<List<long>>> _findExisting;

    private ReferenceCheck(string field, string targetName, IReadOnlyList<long> ids, bool isList,
        Func<OpsTrackerDbContext, IReadOnlyList<long>, CancellationToken, Task<List<long>>> findExisting)
    {
        Field = field;
        TargetName = targetName;
        Ids = ids;
        IsList = isList;
        _findExisting = findExisting;
    }

    public string Field { get; }
    public string TargetName { get; }
    public IReadOnlyList<long> Ids { get; }
    public bool IsList { get; }

    /// <summary>A list of ids, such as <c>sourceIds</c>; errors name the index (<c>sourceIds[2]</c>).</summary>
    public static ReferenceCheck ToMany<TTarget>(string field, string targetName, IReadOnlyList<long>? ids)
        where TTarget : RecordEntity =>
        new(field, targetName, ids ?? [], isList: true, FindExisting<TTarget>);

    /// <summary>One optional id, such as <c>operationId</c>.</summary>
    public static ReferenceCheck ToOne<TTarget>(string field, string targetName, long? id)
        where TTarget : RecordEntity =>
        new(field, targetName, id is { } value ? [value] : [], isList: false, FindExisting<TTarget>);

    public async Task<IEnumerable<(string Field, string Message)>> FindMissingAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (Ids.Count == 0)
        {
            return [];
        }

        var existing = (await _findExisting(db, Ids.Distinct().ToList(), cancellationToken)).ToHashSet();
        return Ids
            .Select((id, index) => (id, index))
            .Where(item => !existing.Contains(item.id))
            .Select(item => (IsList ? $"{Field}[{item.index}]" : Field, $"There is no {TargetName} with id {item.id}."));
    }

    private static Task<List<long>> FindExisting<TTarget>(OpsTrackerDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken)
        where TTarget : RecordEntity =>
        db.Set<TTarget>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
}
