using System.Linq.Expressions;
using FastExpressionCompiler;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// What one resource is: its route and names, how a request is written onto its entity, how the entity reads back as
/// a response (with its lists of link rows), the rules that need the database (references, unique fields), and how
/// its list is filtered and sorted. <see cref="ResourceEndpoints"/> turns a definition into the CRUD endpoints, the
/// same way for every resource.
/// </summary>
/// <remarks>
/// A definition declares; the engine builds. Its shapes (<see cref="ToResponse"/>, <see cref="Lists"/>,
/// <see cref="Filters"/>, <see cref="SortFields"/>, <see cref="HasCoordinates"/>) are read once, when
/// <see cref="RecordKinds"/> builds every definition at start-up with the EF model, into the queries and schemas that
/// serve requests (<see cref="Projection"/>, <see cref="List"/>, <see cref="Dependents"/>, ...). What refers to a
/// record, and so blocks its delete, is found in the model, not declared.
/// </remarks>
public abstract class ResourceDefinition<TEntity, TRequest, TResponse> : IResourceDefinition
    where TEntity : RecordEntity, new()
    where TRequest : RecordRequest
    where TResponse : RecordResponse
{
    private Built? _built;

    /// <summary>The route segment under /api/v1: "casualties", "detainee-figures".</summary>
    public abstract string Path { get; }

    /// <summary>The Swagger tag and the stem of operation names: "Casualties".</summary>
    public abstract string Tag { get; }

    /// <summary>What the kind's records are, for a newcomer: the description of its Swagger tag.</summary>
    public abstract string Description { get; }

    /// <summary>How one record is named in messages: "casualty record", "source".</summary>
    public abstract string SingularName { get; }

    /// <summary>How several are named, as a refused delete counts them: "casualty records".</summary>
    public abstract string PluralName { get; }

    public Type EntityType => typeof(TEntity);

    /// <summary>
    /// The response shape, as an expression so the database returns only what the response needs. Each list of
    /// <see cref="Lists"/> is set to an empty list here (<c>SourceIds = new()</c>): the engine fills it.
    /// </summary>
    protected abstract Expression<Func<TEntity, TResponse>> ToResponse { get; }

    /// <summary>The response's lists of link rows: <c>sourceIds</c>, <c>forceIds</c>, <c>campIds</c> (see <see cref="Linked"/>).</summary>
    protected virtual IEnumerable<LinkList<TEntity, TResponse>> Lists => [];

    /// <summary>The list's own filters; updatedSince, q, sort and paging are every list's.</summary>
    protected virtual IEnumerable<ListFilter<TEntity>> Filters => [];

    /// <summary>The list's own sort fields; id, externalId, createdAt and updatedAt are every list's.</summary>
    protected virtual IEnumerable<SortField<TEntity>> SortFields => [];

    /// <summary>
    /// For resources that answer <c>format=geojson</c> (operations, casualties, arrests): which records have a point
    /// to draw. Null where the resource has no GeoJSON form.
    /// </summary>
    protected virtual Expression<Func<TEntity, bool>>? HasCoordinates => null;

    /// <summary>Writes a validated request onto a new or stored entity (PUT replaces every field).</summary>
    public abstract void Apply(TRequest request, TEntity entity);

    /// <summary>The ids in the request that must name existing records.</summary>
    public virtual IEnumerable<ReferenceCheck> References(TRequest request) => [];

    /// <summary>
    /// Every reference the request makes that must exist: the definition's <see cref="References"/>, then those of its
    /// citations (their sources and the forces they attribute claims to), which the engine checks for every kind that
    /// cites sources.
    /// </summary>
    public IEnumerable<ReferenceCheck> ReferencesOf(TRequest request) => request is CitingRecordRequest report
        ? References(request).Concat(CitationReferences.Of(report))
        : References(request);

    /// <summary>Unique fields besides externalId, which every resource has.</summary>
    public virtual IEnumerable<UniqueField<TEntity>> UniqueFields(TRequest request) => [];

    /// <summary>Rules that need the database beyond references (e.g. a force may not be its own ancestor).</summary>
    public virtual Task CheckAsync(OpsTrackerDbContext db, TRequest request, long? id, ValidationErrors errors, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// For <c>q</c>: the records that refer to a matching camp or force, given the ids of the camps and forces whose
    /// own names or aliases match (both read already: camps and forces are few). Null where the resource refers to neither.
    /// </summary>
    public virtual Expression<Func<TEntity, bool>>? RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) => null;

    /// <summary>
    /// For <c>q</c>: whether the kind refers to persons by columns or links of its own (a statement's speaker), so that a
    /// search reads the persons whose names or aliases match and hands them to <see cref="RefersToMatchingPersons"/>.
    /// </summary>
    public virtual bool RefersToPersons => false;

    /// <summary>
    /// For <c>q</c>, where <see cref="RefersToPersons"/>: the records that refer to a matching person, given the ids of
    /// the persons whose names, aliases or kunyas match.
    /// </summary>
    public virtual Expression<Func<TEntity, bool>>? RefersToMatchingPersons(IReadOnlyCollection<long> matchingPersonIds) => null;

    /// <summary>See <see cref="IResourceDefinition.UnkeyedPersonFields"/>.</summary>
    public virtual IReadOnlyList<string> UnkeyedPersonFields => [];

    public async Task<(int Count, List<long> Ids)?> NamingPersonAsync(OpsTrackerDbContext db, long personId, int limit, CancellationToken cancellationToken)
    {
        if (!RefersToPersons || RefersToMatchingPersons([personId]) is not { } naming)
        {
            return null;
        }

        var records = db.Set<TEntity>().AsNoTracking().Where(naming);
        return (await records.CountAsync(cancellationToken),
            await records.OrderBy(e => e.Id).Select(e => e.Id).Take(limit).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Endpoints of this kind's own beside the CRUD ones, such as a series of its figures under /api/v1/stats; mapped
    /// after every kind's CRUD endpoints, in the same group (so the same authorization). None by default.
    /// </summary>
    public virtual void MapOwnEndpoints(IEndpointRouteBuilder api)
    {
    }

    /// <summary>
    /// For conflicts (<c>GET /api/v1/stats/conflicts</c>): what two records of this kind share when they report the same
    /// figure, as a key: the place and forces, and what else makes it one figure (a casualty's outcome and affiliation).
    /// Two records with one key whose dates overlap and whose counts' bounds do not, conflict; the dates, bounds and
    /// pairing are the engine's, for every kind that declares a key. Null where the kind's records cannot conflict.
    /// </summary>
    public virtual Func<TEntity, string>? FigureKey => null;

    /// <summary>What a kind's own records that refer to one of them are called in a refused delete's answer: "forces under it".</summary>
    protected virtual string OwnDependentsName => $"{PluralName} under it";

    /// <summary>The record table, from the EF model.</summary>
    public string Table => Done.Table;

    /// <summary>The response shape with its lists read inline, for one record.</summary>
    public Expression<Func<TEntity, TResponse>> Projection => Done.Export.Whole;

    /// <summary><see cref="Projection"/> with the record's version, for answers that carry an ETag.</summary>
    public Expression<Func<TEntity, VersionedResponse<TResponse>>> ToVersionedResponse => Done.Versioned;

    /// <summary>The response split for pages and exports: the records' own columns, and their lists read apart.</summary>
    public RecordProjection<TEntity, TResponse> Export => Done.Export;

    /// <summary>The list's filters, parameters and sort fields.</summary>
    public ListSchema<TEntity> List => Done.List;

    /// <summary>The kinds of records that refer to a record of this resource, and so block its delete, in registration order.</summary>
    public IReadOnlyList<DependentRecords> Dependents => Done.Dependents;

    /// <summary>The live record with this id as <see cref="ToVersionedResponse"/>, or null: one compiled query.</summary>
    public Task<VersionedResponse<TResponse>?> FindVersionedAsync(OpsTrackerDbContext db, long id, CancellationToken cancellationToken) =>
        Done.FindVersioned(db, id, cancellationToken);

    public async Task<object?> FindResponseAsync(OpsTrackerDbContext db, long id, CancellationToken cancellationToken) =>
        (await FindVersionedAsync(db, id, cancellationToken))?.Response;

    /// <summary>
    /// The live records with these ids as <see cref="Export"/>'s records, their lists left empty for it to fill: a
    /// list page's records, by one query built once.
    /// </summary>
    public IAsyncEnumerable<TResponse> ReadWithIds(OpsTrackerDbContext db, List<long> ids) => Done.WithIds(db, ids);

    /// <summary>
    /// The response of an entity already in memory (with its link rows), for the audit trail: the same shape a GET
    /// answers, without reading the record back.
    /// </summary>
    public TResponse ResponseOf(TEntity entity) => Done.ResponseOf(entity);

    public void Accept(IResourceVisitor visitor) => visitor.Visit(this);

    /// <summary>
    /// Builds what serves requests from what this definition declares, once, at start-up: the EF model gives the
    /// table and the kinds of <paramref name="all"/> whose foreign keys refer to this one.
    /// </summary>
    public void Build(IModel model, IReadOnlyList<IResourceDefinition> all)
    {
        if (_built is not null)
        {
            throw new InvalidOperationException($"{GetType().Name} is built once, at start-up.");
        }

        var entityType = model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the EF model: give it an IEntityTypeConfiguration.");
        var export = new RecordProjection<TEntity, TResponse>(WithStatus(ToResponse), AllLists());
        var versioned = Versioned(export.Whole);
        _built = new Built(
            entityType.GetTableName()!,
            export,
            versioned,
            RecordQueries.ById(versioned),
            RecordQueries.WithIds<TEntity, TResponse>(records => records.Select(export.Records)),
            // FastExpressionCompiler: the whole response holds lists (citations, ids), each a lambda inside the lambda,
            // and Expression.Compile makes a delegate of each through reflection on every call (a twentieth of a
            // shared commit's work per write); compiled fast, each is made once.
            export.Whole.CompileFast(),
            new ListSchema<TEntity>(AllFilters(), SortFields, HasCoordinates),
            all.Select(dependent => dependent.DependentsOn(model, entityType, dependent == this ? OwnDependentsName : dependent.PluralName))
                .OfType<DependentRecords>()
                .ToList());
    }

    /// <summary>
    /// The records of this kind that refer to a record of <paramref name="principal"/>, or null if none can: asked of
    /// every definition while each is built, at start-up.
    /// </summary>
    public DependentRecords? DependentsOn(IModel model, IEntityType principal, string description) =>
        DependentRecords.Find<TEntity>(model, principal, Path, description,
            (linkType, key) => AllLists().FirstOrDefault(list => list.LinkTypes.Contains(linkType))?.FieldOf(key));

    /// <summary>
    /// The declared <see cref="Lists"/> and, for a kind that cites sources, its citations (<c>sourceIds</c> and
    /// <c>citations</c>, see <see cref="RecordCitations{TEntity, TResponse, TLink}"/>), which the engine reads for every
    /// such kind. A <c>sourceIds</c> list a definition declares, as definitions did before citations, is read with them.
    /// </summary>
    private List<LinkList<TEntity, TResponse>> AllLists()
    {
        var citing = typeof(TEntity).GetInterfaces()
            .SingleOrDefault(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ICitingRecord<>));
        if (citing is null || !typeof(CitingRecordResponse).IsAssignableFrom(typeof(TResponse)))
        {
            return [.. Lists];
        }

        var citations = (LinkList<TEntity, TResponse>)Activator.CreateInstance(
            typeof(RecordCitations<,,>).MakeGenericType(typeof(TEntity), typeof(TResponse), citing.GetGenericArguments()[0]))!;
        return [.. Lists.Where(list => list.Member.Name != nameof(CitingRecordResponse.SourceIds)), citations];
    }

    /// <summary>
    /// The response shape with the record's status (<see cref="IStatusRecord.Status"/>) read, for a kind whose
    /// records have one (every report record, and a statement) and whose response has a <c>status</c>: the engine sets
    /// it for every such kind, as it reads their citations.
    /// </summary>
    private static Expression<Func<TEntity, TResponse>> WithStatus(Expression<Func<TEntity, TResponse>> toResponse)
    {
        var statusProperty = typeof(TResponse).GetProperty(nameof(IStatusRecord.Status));
        if (!typeof(IStatusRecord).IsAssignableFrom(typeof(TEntity)) || statusProperty?.PropertyType != typeof(RecordStatus)
            || toResponse.Body is not MemberInitExpression init
            || init.Bindings.Any(binding => binding.Member.Name == nameof(IStatusRecord.Status)))
        {
            return toResponse;
        }

        var entity = toResponse.Parameters[0];
        var status = Expression.Bind(statusProperty, Expression.Property(entity, nameof(IStatusRecord.Status)));
        return Expression.Lambda<Func<TEntity, TResponse>>(Expression.MemberInit(init.NewExpression, [.. init.Bindings, status]), entity);
    }

    /// <summary>The declared <see cref="Filters"/> and, for a kind whose records have a status, <c>status</c>.</summary>
    private IEnumerable<ListFilter<TEntity>> AllFilters()
    {
        if (!typeof(IStatusRecord).IsAssignableFrom(typeof(TEntity)))
        {
            return Filters;
        }

        var entity = Expression.Parameter(typeof(TEntity), "e");
        var status = Expression.Lambda<Func<TEntity, RecordStatus>>(Expression.Property(entity, nameof(IStatusRecord.Status)), entity);
        return [.. Filters, ListFilters.OneOf("status", "What the record's citations make of it (see querying.md, Statuses)", status)];
    }

    /// <summary>A list of link rows: <c>Linked(r =&gt; r.SourceIds, c =&gt; c.SourceLinks, link =&gt; link.SourceId)</c>.</summary>
    protected static LinkList<TEntity, TResponse> Linked<TLink, TValue>(
        Expression<Func<TResponse, List<TValue>>> member,
        Expression<Func<TEntity, IEnumerable<TLink>>> links,
        Expression<Func<TLink, TValue>> value) =>
        LinkList<TEntity, TResponse>.Of(member, links, value);

    private Built Done => _built ?? throw new InvalidOperationException(
        $"{GetType().Name} is used before it was built: definitions are built at start-up by RecordKinds.");

    private static Expression<Func<TEntity, VersionedResponse<TResponse>>> Versioned(Expression<Func<TEntity, TResponse>> toResponse)
    {
        var entity = toResponse.Parameters[0];
        var versioned = typeof(VersionedResponse<TResponse>);
        var body = Expression.MemberInit(
            Expression.New(versioned),
            Expression.Bind(versioned.GetProperty(nameof(VersionedResponse<TResponse>.Version))!, Expression.Property(entity, nameof(RecordEntity.Version))),
            Expression.Bind(versioned.GetProperty(nameof(VersionedResponse<TResponse>.Response))!, toResponse.Body));
        return Expression.Lambda<Func<TEntity, VersionedResponse<TResponse>>>(body, entity);
    }

    private sealed record Built(
        string Table,
        RecordProjection<TEntity, TResponse> Export,
        Expression<Func<TEntity, VersionedResponse<TResponse>>> Versioned,
        Func<OpsTrackerDbContext, long, CancellationToken, Task<VersionedResponse<TResponse>?>> FindVersioned,
        Func<OpsTrackerDbContext, List<long>, IAsyncEnumerable<TResponse>> WithIds,
        Func<TEntity, TResponse> ResponseOf,
        ListSchema<TEntity> List,
        IReadOnlyList<DependentRecords> Dependents);
}
