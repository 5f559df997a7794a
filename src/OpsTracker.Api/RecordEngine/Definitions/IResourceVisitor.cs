using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// Something done once per resource with its definition's own types (mapping its endpoints, building its importer),
/// so the list of resources is written in one place (<see cref="ResourceRegistration.Definitions"/>, visited by <see cref="RecordKinds.VisitAll"/>).
/// </summary>
public interface IResourceVisitor
{
    void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse;
}
