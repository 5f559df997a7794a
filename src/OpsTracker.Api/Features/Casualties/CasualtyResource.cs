using System.Linq.Expressions;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Resources;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtyResource : ResourceDefinition<Casualty, CasualtyRequest, CasualtyResponse>
{
    public override string Path => "casualties";
    public override string Tag => "Casualties";
    public override string SingularName => "casualty record";

    public override Expression<Func<Casualty, CasualtyResponse>> ToResponse => c => new CasualtyResponse
    {
        Id = c.Id,
        ExternalId = c.ExternalId,
        OperationId = c.OperationId,
        Affiliation = c.Affiliation,
        Outcome = c.Outcome,
        SourceIds = c.SourceLinks.OrderBy(l => l.SourceId).Select(l => l.SourceId).ToList(),
        Count = new CountResponse { Best = c.Count.Best, Low = c.Count.Low, High = c.Count.High, Qualifier = c.Count.Qualifier },
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        DatePrecision = c.DatePrecision,
        Country = c.Country,
        Region = c.Region,
        Locality = c.Locality,
        Latitude = c.Latitude,
        Longitude = c.Longitude,
        Notes = c.Notes,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };

    public override void Apply(CasualtyRequest request, Casualty entity)
    {
        RecordMapping.ApplyEvent(request, entity, id => new CasualtySource { SourceId = id });
        entity.OperationId = request.OperationId;
        entity.Affiliation = request.Affiliation!.Value;
        entity.Outcome = request.Outcome!.Value;
    }

    public override IEnumerable<ReferenceCheck> References(CasualtyRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Operation>("operationId", "operation", request.OperationId),
    ];
}
