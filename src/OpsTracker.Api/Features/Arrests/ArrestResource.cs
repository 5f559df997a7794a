using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Resources;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestResource : ResourceDefinition<Arrest, ArrestRequest, ArrestResponse>
{
    public override string Path => "arrests";
    public override string Tag => "Arrests";
    public override string SingularName => "arrest record";

    public override Expression<Func<Arrest, ArrestResponse>> ToResponse => a => new ArrestResponse
    {
        Id = a.Id,
        ExternalId = a.ExternalId,
        OperationId = a.OperationId,
        ArrestingForceId = a.ArrestingForceId,
        PersonName = a.PersonName,
        PersonAlias = a.PersonAlias,
        PersonNationality = a.PersonNationality,
        PersonRole = a.PersonRole,
        SourceIds = a.SourceLinks.OrderBy(l => l.SourceId).Select(l => l.SourceId).ToList(),
        Count = new CountResponse { Best = a.Count.Best, Low = a.Count.Low, High = a.Count.High, Qualifier = a.Count.Qualifier },
        StartDate = a.StartDate,
        EndDate = a.EndDate,
        DatePrecision = a.DatePrecision,
        Country = a.Country,
        Region = a.Region,
        Locality = a.Locality,
        Latitude = a.Latitude,
        Longitude = a.Longitude,
        Notes = a.Notes,
        CreatedAt = a.CreatedAt,
        UpdatedAt = a.UpdatedAt,
    };

    public override void Apply(ArrestRequest request, Arrest entity)
    {
        RecordMapping.ApplyEvent(request, entity, id => new ArrestSource { SourceId = id }, new ReportedCount { Best = 1 });
        entity.OperationId = request.OperationId;
        entity.ArrestingForceId = request.ArrestingForceId;
        entity.PersonName = request.PersonName;
        entity.PersonAlias = request.PersonAlias;
        entity.PersonNationality = request.PersonNationality;
        entity.PersonRole = request.PersonRole;
    }

    public override IEnumerable<ReferenceCheck> References(ArrestRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Operation>("operationId", "operation", request.OperationId),
        ReferenceCheck.ToOne<Force>("arrestingForceId", "force", request.ArrestingForceId),
    ];
}
