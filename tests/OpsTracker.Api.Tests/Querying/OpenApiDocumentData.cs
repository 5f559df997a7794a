using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>The OpenAPI document, fetched once: generating it takes longer than the checks made on it.</summary>
public sealed class OpenApiDocumentData : SharedApi
{
    public JsonObject Document { get; private set; } = [];

    protected override async Task SeedAsync(HttpClient client) =>
        Document = await client.GetObjectAsync("/swagger/v1/swagger.json");
}
