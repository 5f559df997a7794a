using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Forces;

public sealed class ForceResource : ResourceDefinition<Force, ForceRequest, ForceResponse>
{
    public override string Path => "forces";
    public override string Tag => "Forces";

    public override string Description =>
        "Armed forces and groups (state forces, coalitions, partner forces, insurgent groups), with their names in "
        + "Arabic and in transliteration, and the force each one sits under.";

    public override string SingularName => "force";
    public override string PluralName => "forces";

    protected override Expression<Func<Force, ForceResponse>> ToResponse => f => new ForceResponse
    {
        Id = f.Id,
        ExternalId = f.ExternalId,
        Name = f.Name,
        Acronym = f.Acronym,
        Aliases = f.Aliases,
        Kind = f.Kind,
        ParentId = f.ParentId,
        Notes = f.Notes,
        CreatedAt = f.CreatedAt,
        UpdatedAt = f.UpdatedAt,
    };

    public override void Apply(ForceRequest request, Force entity)
    {
        RecordMapping.ApplyRecord(request, entity);
        entity.Name = request.Name!;
        entity.Acronym = request.Acronym;
        entity.Aliases = request.Aliases ?? [];
        entity.Kind = request.Kind ?? ForceKind.Other;
        entity.ParentId = request.ParentId;
    }

    public override IEnumerable<ReferenceCheck> References(ForceRequest request) =>
        [ReferenceCheck.ToOne<Force>("parentId", "force", request.ParentId)];

    public override IEnumerable<UniqueField<Force>> UniqueFields(ForceRequest request) =>
        [new("name", request.Name, f => f.Name == request.Name)];

    /// <summary>A force cannot sit under itself, directly or through its parents.</summary>
    public override async Task CheckAsync(OpsTrackerDbContext db, ForceRequest request, long? id, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (id is null || request.ParentId is null)
        {
            return;
        }

        var seen = new HashSet<long>();
        for (long? current = request.ParentId; current is not null && seen.Add(current.Value);)
        {
            if (current == id)
            {
                errors.Add("parentId", "A force cannot be its own parent or ancestor.");
                return;
            }

            current = await db.Set<Force>().Where(f => f.Id == current).Select(f => f.ParentId).FirstOrDefaultAsync(cancellationToken);
        }
    }

    protected override IEnumerable<ListFilter<Force>> Filters =>
    [
        ListFilters.OneOf<Force, ForceKind>("kind", "Kind of force", f => f.Kind),
        ListFilters.Reference<Force>("parentId", "Only forces under one of these forces (ids, comma-separated).", f => f.ParentId),
    ];

    protected override IEnumerable<SortField<Force>> SortFields =>
    [
        SortField<Force>.Of("name", f => f.Name),
        SortField<Force>.Of("acronym", f => f.Acronym),
        SortField<Force>.Of("kind", f => f.Kind),
    ];
}
