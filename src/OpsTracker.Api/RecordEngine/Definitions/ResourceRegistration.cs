using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Endpoints;

namespace OpsTracker.Api.RecordEngine.Definitions;

public static class ResourceRegistration
{
    /// <summary>Every resource's route segment, in load order: "sources", ..., "camp-populations".</summary>
    public static IReadOnlyList<string> Paths { get; } = CollectPaths();

    /// <summary>Maps the CRUD endpoints of every resource, in the order Swagger UI lists them.</summary>
    public static void MapResources(this IEndpointRouteBuilder app) => VisitAll(new EndpointMapper(app));

    /// <summary>
    /// Hands every resource's definition to <paramref name="visitor"/>, in the order records can be loaded into an
    /// empty database (what is referred to before what refers to it), which is also the order Swagger UI lists them.
    /// </summary>
    public static void VisitAll(IResourceVisitor visitor)
    {
        visitor.Visit(new SourceResource());
        visitor.Visit(new ForceResource());
        visitor.Visit(new CampResource());
        visitor.Visit(new OperationResource());
        visitor.Visit(new CasualtyResource());
        visitor.Visit(new ArrestResource());
        visitor.Visit(new DetaineeFigureResource());
        visitor.Visit(new CampPopulationFigureResource());
    }

    private sealed class EndpointMapper(IEndpointRouteBuilder app) : IResourceVisitor
    {
        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse =>
            app.MapResource(resource);
    }

    private static List<string> CollectPaths()
    {
        var collector = new PathCollector();
        VisitAll(collector);
        return collector.Paths;
    }

    private sealed class PathCollector : IResourceVisitor
    {
        public List<string> Paths { get; } = [];

        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse =>
            Paths.Add(resource.Path);
    }
}
