using System.Linq.Expressions;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Camps;

public sealed class CampResource : ResourceDefinition<Camp, CampRequest, CampResponse>
{
    public override string Path => "camps";
    public override string Tag => "Camps";

    public override string Description =>
        "Displacement and detention camps such as al-Hol and Roj, with their names in Arabic and in transliteration "
        + "and where they are.";

    public override string SingularName => "camp";
    public override string PluralName => "camps";

    protected override Expression<Func<Camp, CampResponse>> ToResponse => c => new CampResponse
    {
        Id = c.Id,
        ExternalId = c.ExternalId,
        Name = c.Name,
        Aliases = c.Aliases,
        Country = c.Country,
        Region = c.Region,
        Latitude = c.Latitude,
        Longitude = c.Longitude,
        Notes = c.Notes,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };

    public override void Apply(CampRequest request, Camp entity)
    {
        RecordMapping.ApplyRecord(request, entity);
        entity.Name = request.Name!;
        entity.Aliases = request.Aliases ?? [];
        entity.Country = request.Country;
        entity.Region = request.Region;
        entity.Latitude = request.Latitude;
        entity.Longitude = request.Longitude;
    }

    public override IEnumerable<UniqueField<Camp>> UniqueFields(CampRequest request) =>
        [new("name", request.Name, c => c.Name == request.Name)];

    protected override IEnumerable<ListFilter<Camp>> Filters =>
    [
        ListFilters.Country<Camp>(c => c.Country),
        ListFilters.Region<Camp>(c => c.Region),
    ];

    protected override IEnumerable<SortField<Camp>> SortFields =>
    [
        SortField<Camp>.Of("name", c => c.Name),
        SortField<Camp>.Of("country", c => c.Country),
        SortField<Camp>.Of("region", c => c.Region),
    ];
}
