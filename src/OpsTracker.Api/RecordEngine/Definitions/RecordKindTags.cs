using OpsTracker.Api.Infrastructure.OpenApi;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>The record kinds' Swagger tags, each with its definition's description, in load order.</summary>
public sealed class RecordKindTags(RecordKinds kinds) : IOpenApiTagSource
{
    public IReadOnlyList<(string Name, string Description)> Tags { get; } =
        [.. kinds.All.Select(kind => (kind.Tag, kind.Description))];
}
