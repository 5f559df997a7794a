using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Endpoints;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>The one list of the API's record kinds: a new kind is one line here.</summary>
public static class ResourceRegistration
{
    /// <summary>
    /// A new definition of every record kind, in the order records can be loaded into an empty database (what is
    /// referred to before what refers to it), which is also the order Swagger UI lists them.
    /// </summary>
    public static IReadOnlyList<IResourceDefinition> Definitions() =>
    [
        new SourceResource(),
        new ForceResource(),
        new CampResource(),
        new PersonResource(),
        new OperationResource(),
        new CasualtyResource(),
        new ArrestResource(),
        new DetaineeFigureResource(),
        new CampPopulationFigureResource(),
        new Features.StrengthEstimates.StrengthEstimateResource(),
        new Features.Transfers.TransferResource(),
        new Features.Events.EventResource(),
        new Features.Statements.StatementResource(),
    ];

    /// <summary>Every resource's route segment, in load order: "sources", ..., "camp-populations".</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. Definitions().Select(definition => definition.Path)];

    /// <summary>Registers the record kinds (<see cref="RecordKinds"/>), built at start-up.</summary>
    public static IServiceCollection AddRecordKinds(this IServiceCollection services) => RecordKinds.AddRecordKinds(services);

    /// <summary>Maps the CRUD endpoints of every resource, in the order Swagger UI lists them, then each one's own endpoints.</summary>
    public static void MapResources(this IEndpointRouteBuilder app)
    {
        var kinds = app.ServiceProvider.GetRequiredService<RecordKinds>();
        kinds.VisitAll(new EndpointMapper(app));
        foreach (var kind in kinds.All)
        {
            kind.MapOwnEndpoints(app);
        }
    }

    private sealed class EndpointMapper(IEndpointRouteBuilder app) : IResourceVisitor
    {
        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse =>
            app.MapResource(resource);
    }
}
