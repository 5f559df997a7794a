using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary><c>/api/v1/api-keys</c>: admins create, list and revoke keys. The work is done by <see cref="ApiKeyStore"/>.</summary>
public static class ApiKeyEndpoints
{
    private const string Path = "/api/v1/api-keys";
    private const string SingularName = "API key";

    public static IServiceCollection AddApiKeys(this IServiceCollection services) =>
        services.AddScoped<ApiKeyStore>().AddScoped<IApiKeyLookup, ApiKeyLookup>();

    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags("ApiKeys").RequireAuthorization(AuthPolicies.Admin);

        group.MapPost("/", CreateAsync)
            .WithName("createApiKey")
            .WithSummary("Creates an API key for a role; the answer is the only time the key itself is shown.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", ListAsync)
            .WithName("listApiKeys")
            .WithSummary("Lists API keys in id order, a page at a time, revoked ones included; never shows the keys.")
            .WithMetadata(new ListParametersMetadata(PageQuery.Parameters))
            .Produces<PagedResponse<ApiKeyResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

        group.MapGet("/{id:long}", GetAsync)
            .WithName("getApiKey")
            .WithSummary("Gets one API key's name, role and dates; never the key.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:long}", RevokeAsync)
            .WithName("revokeApiKey")
            .WithSummary("Revokes an API key: from the next request on, it is refused (401).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Created<CreatedApiKeyResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ApiKeyRequest request, HttpContext http, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var creation = await store.CreateAsync(request, AuditTrail.ActorOf(http.User), cancellationToken);
        if (creation.Invalid is not null)
        {
            return Problems.Validation(creation.Invalid);
        }

        if (creation.NameHeldBy is { } holder)
        {
            return Problems.Conflict(
                $"Another {SingularName} (id {holder}) already has name '{request.Name}'.",
                new Dictionary<string, object?> { ["field"] = "name", ["existingId"] = holder });
        }

        return TypedResults.Created($"{Path}/{creation.Created!.Id}", creation.Created);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown(PageQuery.Parameters.Select(p => p.Name).ToList());
        var page = PageQuery.Read(values);
        return values.Errors.IsEmpty
            ? TypedResults.Ok(await store.ListAsync(page, cancellationToken))
            : Problems.Validation(values.Errors);
    }

    private static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> GetAsync(long id, ApiKeyStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } key ? TypedResults.Ok(key) : Problems.NotFound(SingularName, id);

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(long id, HttpContext http, ApiKeyStore store,
        CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, AuditTrail.ActorOf(http.User), cancellationToken) ? TypedResults.NoContent() : Problems.NotFound(SingularName, id);
}
