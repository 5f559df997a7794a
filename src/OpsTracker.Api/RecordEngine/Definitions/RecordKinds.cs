using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.OpenApi;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// Every record kind of the API, its definition built once at start-up with the EF model (a singleton: see
/// <see cref="AddRecordKinds"/>), in the order of <see cref="ResourceRegistration.Definitions"/>: what is referred to
/// before what refers to it, which is also the order Swagger UI lists them.
/// </summary>
public sealed class RecordKinds
{
    public RecordKinds(IModel model)
    {
        All = ResourceRegistration.Definitions();
        foreach (var definition in All)
        {
            definition.Build(model, All);
        }
    }

    public IReadOnlyList<IResourceDefinition> All { get; }

    /// <summary>The definition of type <typeparamref name="TDefinition"/>.</summary>
    public TDefinition Get<TDefinition>()
        where TDefinition : IResourceDefinition =>
        All.OfType<TDefinition>().Single();

    /// <summary>Hands every definition to <paramref name="visitor"/>, in load order.</summary>
    public void VisitAll(IResourceVisitor visitor)
    {
        foreach (var definition in All)
        {
            definition.Accept(visitor);
        }
    }

    /// <summary>
    /// Registers the record kinds, built from the model of the API's own context when first asked for, and their tags for
    /// the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddRecordKinds(IServiceCollection services) =>
        services
            .AddSingleton(provider =>
            {
                using var scope = provider.CreateScope();
                return new RecordKinds(scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>().Model);
            })
            .AddSingleton<IOpenApiTagSource, RecordKindTags>();
}
