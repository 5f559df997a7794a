using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// What one resource is: its route, how a request is written onto its entity, how the entity reads back as a
/// response, the rules that need the database (references, unique fields, records that depend on it), and how
/// its list is filtered and sorted. <see cref="ResourceEndpoints"/> turns a definition into the CRUD endpoints,
/// the same way for every resource.
/// </summary>
public abstract class ResourceDefinition<TEntity, TRequest, TResponse>
    where TEntity : RecordEntity, new()
    where TRequest : RecordRequest
{
    private Expression<Func<TEntity, TResponse>>? _projection;
    private Expression<Func<TEntity, VersionedResponse<TResponse>>>? _toVersionedResponse;
    private Func<TEntity, TResponse>? _responseOf;
    private RecordProjection<TEntity, TResponse>? _export;
    private Func<OpsTrackerDbContext, long, CancellationToken, Task<VersionedResponse<TResponse>?>>? _findVersioned;
    private Func<OpsTrackerDbContext, List<long>, IAsyncEnumerable<TResponse>>? _withIds;

    /// <summary>The route segment under /api/v1: "casualties", "detainee-figures".</summary>
    public abstract string Path { get; }

    /// <summary>The Swagger tag and the stem of operation names: "Casualties".</summary>
    public abstract string Tag { get; }

    /// <summary>How one record is named in messages: "casualty record", "source".</summary>
    public abstract string SingularName { get; }

    /// <summary>The response shape, as an expression so the database returns only what the response needs.</summary>
    public abstract Expression<Func<TEntity, TResponse>> ToResponse { get; }

    /// <summary>
    /// <see cref="ToResponse"/>, built once: each definition builds its expression tree anew on every call, which a list
    /// request would otherwise pay for.
    /// </summary>
    public Expression<Func<TEntity, TResponse>> Projection => _projection ??= ToResponse;

    /// <summary><see cref="ToResponse"/> with the record's version, for answers that carry an ETag.</summary>
    public Expression<Func<TEntity, VersionedResponse<TResponse>>> ToVersionedResponse => _toVersionedResponse ??= BuildVersioned(Projection);

    /// <summary>The live record with this id as <see cref="ToVersionedResponse"/>, or null: one compiled query.</summary>
    public Task<VersionedResponse<TResponse>?> FindVersionedAsync(OpsTrackerDbContext db, long id, CancellationToken cancellationToken) =>
        (_findVersioned ??= RecordQueries.ById(ToVersionedResponse))(db, id, cancellationToken);

    /// <summary><see cref="ToResponse"/> split for CSV and GeoJSON exports, its lists read apart from the records.</summary>
    public RecordProjection<TEntity, TResponse> Export => _export ??= RecordProjection<TEntity, TResponse>.Of(Projection);

    /// <summary>
    /// The live records with these ids as <see cref="Export"/>'s records, their lists left empty for it to fill: a
    /// list page's records, by one query built once.
    /// </summary>
    public IAsyncEnumerable<TResponse> ReadWithIds(OpsTrackerDbContext db, List<long> ids) =>
        (_withIds ??= RecordQueries.WithIds<TEntity, TResponse>(records => records.Select(Export.Records)))(db, ids);

    /// <summary>
    /// The response of an entity already in memory (with its link rows), for the audit trail: the same shape a GET
    /// answers, without reading the record back.
    /// </summary>
    public TResponse ResponseOf(TEntity entity) => (_responseOf ??= Projection.Compile())(entity);

    /// <summary>Writes a validated request onto a new or stored entity (PUT replaces every field).</summary>
    public abstract void Apply(TRequest request, TEntity entity);

    /// <summary>The ids in the request that must name existing records.</summary>
    public virtual IEnumerable<ReferenceCheck> References(TRequest request) => [];

    /// <summary>Unique fields besides externalId, which every resource has.</summary>
    public virtual IEnumerable<UniqueField<TEntity>> UniqueFields(TRequest request) => [];

    /// <summary>Kinds of records that may refer to a record of this resource and so block its deletion.</summary>
    public virtual IEnumerable<DependentRecords> Dependents => [];

    /// <summary>Rules that need the database beyond references (e.g. a force may not be its own ancestor).</summary>
    public virtual Task CheckAsync(OpsTrackerDbContext db, TRequest request, long? id, ValidationErrors errors, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The list's own filters; updatedSince, q, sort and paging are every list's.</summary>
    public virtual IEnumerable<ListFilter<TEntity>> Filters => [];

    /// <summary>The list's own sort fields; id, externalId, createdAt and updatedAt are every list's.</summary>
    public virtual IEnumerable<SortField<TEntity>> SortFields => [];

    /// <summary>
    /// For <c>q</c>: the records that refer to a matching camp or force, given the ids of the camps and forces whose
    /// own names or aliases match (both read already: camps and forces are few). Null where the resource refers to neither.
    /// </summary>
    public virtual Expression<Func<TEntity, bool>>? RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) => null;

    /// <summary>
    /// For resources that answer <c>format=geojson</c> (operations, casualties, arrests): which records have a point
    /// to draw. Null where the resource has no GeoJSON form.
    /// </summary>
    public virtual Expression<Func<TEntity, bool>>? HasCoordinates => null;

    private static Expression<Func<TEntity, VersionedResponse<TResponse>>> BuildVersioned(Expression<Func<TEntity, TResponse>> toResponse)
    {
        var entity = toResponse.Parameters[0];
        var versioned = typeof(VersionedResponse<TResponse>);
        var body = Expression.MemberInit(
            Expression.New(versioned),
            Expression.Bind(versioned.GetProperty(nameof(VersionedResponse<TResponse>.Version))!, Expression.Property(entity, nameof(RecordEntity.Version))),
            Expression.Bind(versioned.GetProperty(nameof(VersionedResponse<TResponse>.Response))!, toResponse.Body));
        return Expression.Lambda<Func<TEntity, VersionedResponse<TResponse>>>(body, entity);
    }
}
