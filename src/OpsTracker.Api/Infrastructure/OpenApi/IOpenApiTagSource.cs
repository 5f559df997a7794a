namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Tags the document lists ahead of <see cref="OpenApiTags"/>, in this order, with their descriptions: the record
/// kinds', which their definitions declare, so a new kind brings its own tag.
/// </summary>
public interface IOpenApiTagSource
{
    IReadOnlyList<(string Name, string Description)> Tags { get; }
}
