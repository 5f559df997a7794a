using System.Text.RegularExpressions;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// <c>GET /docs/{name}.md</c>: the project's guides (docs/*.md, copied next to the API when it is built), so the links
/// in the OpenAPI document and Swagger UI lead somewhere wherever the API runs. Served as plain text, which every
/// browser shows.
/// </summary>
public static partial class DocsEndpoints
{
    public static void MapDocs(this IEndpointRouteBuilder app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "docs");
        app.MapGet("/docs/{name}", (string name) =>
                DocName().IsMatch(name) && File.Exists(Path.Combine(folder, name))
                    ? Results.File(Path.Combine(folder, name), "text/plain; charset=utf-8")
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"There is no guide named '{name}'."))
            .ExcludeFromDescription()
            .AllowAnonymous();
    }

    /// <summary>A guide's file name, nothing that could climb out of the folder.</summary>
    [GeneratedRegex("^[a-z0-9-]+\\.md$")]
    private static partial Regex DocName();
}
