using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Statements;

public sealed class StatementResource : ResourceDefinition<Statement, StatementRequest, StatementResponse>
{
    private static readonly string ForcesKind = new ForceResource().Path;
    private static readonly string CampsKind = new CampResource().Path;
    private static readonly string PersonsKind = new PersonResource().Path;

    public override string Path => "statements";
    public override string Tag => "Statements";

    public override string Description =>
        "Who said what, when and how: a minister's interview, a command's press release, a post on X, with the words in "
        + "their original language, the speaker (a person, a force or both), and the records, forces, camps and persons "
        + "the words are about.";

    public override string SingularName => "statement";
    public override string PluralName => "statements";

    protected override Expression<Func<Statement, StatementResponse>> ToResponse => s => new StatementResponse
    {
        Id = s.Id,
        ExternalId = s.ExternalId,
        PersonId = s.PersonId,
        ForceId = s.ForceId,
        MadeOn = s.MadeOn,
        DatePrecision = s.DatePrecision,
        Medium = s.Medium,
        Quote = s.Quote,
        Summary = s.Summary,
        About = new(),
        SourceIds = new(),
        Notes = s.Notes,
        CreatedAt = s.CreatedAt,
        UpdatedAt = s.UpdatedAt,
    };

    protected override IEnumerable<LinkList<Statement, StatementResponse>> Lists => [new StatementAboutList()];

    public override void Apply(StatementRequest request, Statement entity)
    {
        RecordMapping.ApplyRecord(request, entity);
        RecordMapping.ApplyCitations(request, entity.SourceLinks, id => new StatementSource { SourceId = id });
        entity.PersonId = request.PersonId;
        entity.ForceId = request.ForceId;
        entity.MadeOn = request.MadeOn;
        entity.DatePrecision = request.MadeOn is null ? null : request.DatePrecision ?? DatePrecision.Day;
        entity.Medium = request.Medium ?? StatementMedium.Other;
        entity.Quote = request.Quote;
        entity.Summary = request.Summary;
        ApplyAbout(request.About ?? [], entity);
    }

    /// <summary>Writes the links by position, keeping the rows of the positions that stay (so an unchanged list writes nothing).</summary>
    private static void ApplyAbout(List<StatementAboutRequest> about, Statement entity)
    {
        entity.AboutLinks.RemoveAll(link => link.Position >= about.Count);
        for (var position = 0; position < about.Count; position++)
        {
            var link = entity.AboutLinks.FirstOrDefault(stored => stored.Position == position);
            if (link is null)
            {
                link = new StatementAbout { Position = position };
                entity.AboutLinks.Add(link);
            }

            link.Kind = about[position].Kind!;
            link.TargetId = about[position].Id!.Value;
        }
    }

    public override IEnumerable<ReferenceCheck> References(StatementRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Person>("personId", "person", request.PersonId),
        ReferenceCheck.ToOne<Force>("forceId", "force", request.ForceId),
    ];

    /// <summary>The records of <c>about</c>, of whatever kind: see <see cref="StatementTargets"/>.</summary>
    public override Task CheckAsync(OpsTrackerDbContext db, StatementRequest request, long? id, ValidationErrors errors, CancellationToken cancellationToken) =>
        StatementTargets.CheckAsync(db, request.About, id, Path, errors, cancellationToken);

    protected override IEnumerable<ListFilter<Statement>> Filters =>
    [
        new(
            [
                ListParameter.Date("from", "Only statements made on or after this day (madeOn; undated statements are left out). YYYY-MM-DD.", "2025-11-01"),
                ListParameter.Date("to", "Only statements made on or before this day (madeOn; undated statements are left out). YYYY-MM-DD.", "2025-11-30"),
            ],
            (query, values, _) =>
            {
                var (from, to) = values.DateRange();
                if (from is { } start)
                {
                    query = query.Where(s => s.MadeOn >= start);
                }

                if (to is { } end)
                {
                    query = query.Where(s => s.MadeOn <= end);
                }

                return query;
            }),
        ListFilters.Citations<Statement, StatementSource>(),
        ListFilters.OneOf<Statement, StatementMedium>("medium", "How the words were said or published", s => s.Medium),
        ListFilters.Reference<Statement>("personId", "Only statements by one of these persons (ids, comma-separated).", s => s.PersonId),
        ListFilters.Reference<Statement>("forceId", "Only statements by one of these forces (ids, comma-separated).", s => s.ForceId),
        new(
            [new ListParameter("about", "Only statements about one of these records (kind:id, as forces:5) or about any record of these kinds (a kind alone, as operations), comma-separated.", "forces:2")
                { Many = true }],
            (query, values, _) => AboutFilter(query, values)),
    ];

    private static IQueryable<Statement> AboutFilter(IQueryable<Statement> query, QueryValues values)
    {
        if (values.List("about") is not { } items)
        {
            return query;
        }

        var kinds = new List<string>();
        var records = new List<string>();
        foreach (var item in items)
        {
            var parts = item.Split(':');
            if (!StatementTargets.IsKind(parts[0]) || parts.Length > 2
                || (parts.Length == 2 && (!long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)))
            {
                values.Errors.Add("about", $"'{item}' is neither a kind nor kind:id. Kinds: {string.Join(", ", StatementTargets.Kinds)}.");
                return query;
            }

            if (parts.Length == 1)
            {
                kinds.Add(parts[0]);
            }
            else
            {
                records.Add(item);
            }
        }

        // One condition per kind named with ids, so each reads the index on the links' (Kind, TargetId).
        var byRecord = records
            .Select(record => record.Split(':'))
            .GroupBy(parts => parts[0], parts => long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(group => group.Key, group => group.ToList());
        Expression<Func<Statement, bool>>? condition = kinds.Count == 0 ? null : s => s.AboutLinks.Any(link => kinds.Contains(link.Kind));
        foreach (var (kind, ids) in byRecord)
        {
            Expression<Func<Statement, bool>> ofKind = s => s.AboutLinks.Any(link => link.Kind == kind && ids.Contains(link.TargetId));
            condition = condition is null ? ofKind : Or(condition, ofKind);
        }

        return query.Where(condition!);
    }

    private static Expression<Func<Statement, bool>> Or(Expression<Func<Statement, bool>> left, Expression<Func<Statement, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ParameterReplacer(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Statement, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    protected override IEnumerable<SortField<Statement>> SortFields =>
    [
        SortField<Statement>.Of("madeOn", s => s.MadeOn),
        SortField<Statement>.Of("medium", s => s.Medium),
    ];

    /// <summary><c>q</c> "سنتكوم" finds what CENTCOM said, and what was said about it or about a camp the term names.</summary>
    public override Expression<Func<Statement, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        s => (s.ForceId != null && matchingForceIds.Contains(s.ForceId.Value))
            || s.AboutLinks.Any(link => (link.Kind == ForcesKind && matchingForceIds.Contains(link.TargetId))
                || (link.Kind == CampsKind && matchingCampIds.Contains(link.TargetId)));

    public override bool RefersToPersons => true;

    /// <summary>A statement about a person names them through its about links, which no foreign key holds.</summary>
    public override IReadOnlyList<string> UnkeyedPersonFields => ["about"];

    /// <summary><c>q</c> "حمزة المصطفى" (or "Hamza al-Mustafa", an alias) finds what he said, and what was said about him.</summary>
    public override Expression<Func<Statement, bool>> RefersToMatchingPersons(IReadOnlyCollection<long> matchingPersonIds) =>
        s => (s.PersonId != null && matchingPersonIds.Contains(s.PersonId.Value))
            || s.AboutLinks.Any(link => link.Kind == PersonsKind && matchingPersonIds.Contains(link.TargetId));

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
