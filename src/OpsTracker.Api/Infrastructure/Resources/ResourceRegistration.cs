using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Infrastructure.Resources;

public static class ResourceRegistration
{
    /// <summary>Maps the CRUD endpoints of every resource, in the order Swagger UI lists them.</summary>
    public static void MapResources(this IEndpointRouteBuilder app)
    {
        app.MapResource(new SourceResource());
        app.MapResource(new ForceResource());
        app.MapResource(new CampResource());
        app.MapResource(new OperationResource());
        app.MapResource(new CasualtyResource());
        app.MapResource(new ArrestResource());
        app.MapResource(new DetaineeFigureResource());
        app.MapResource(new CampPopulationFigureResource());
    }
}
