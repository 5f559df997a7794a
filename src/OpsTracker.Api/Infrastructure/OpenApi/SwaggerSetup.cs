using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OpsTracker.Api.Infrastructure.Auth;

namespace OpsTracker.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    /// <summary>Swagger UI's own additions (a stylesheet and a script), served from wwwroot next to Swagger UI's files.</summary>
    public const string UiStylesheet = "/swagger/opstracker.css";

    public const string UiScript = "/swagger/opstracker.js";

    public static IServiceCollection AddOpsTrackerSwagger(this IServiceCollection services)
    {
        services.AddOptions<SwaggerSettings>().BindConfiguration(SwaggerSettings.Section);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OpsTracker API",
                Version = "v1",
                Description = """
                    Counter-ISIS security reports: operations, casualties, arrests, detainee and camp population figures, each
                    kept exactly as reported, with its sources and its uncertainty ([api.md](/docs/api.md)).

                    **Reads** need no key unless the server says otherwise; **writes** need an API key of the editor role, entered
                    under **Authorize** ([access-control.md](/docs/access-control.md)). The sample data is loaded into a new
                    database, and every example here runs against it as it is.

                    **Lists** take filters, `q` search (Arabic or transliterated), `sort`, pages with `Link` headers, and export every
                    match as CSV or GeoJSON ([querying.md](/docs/querying.md)). **Records** carry their version as an `ETag`:
                    `If-Match` makes a change safe, `If-None-Match` a read cheap; `PATCH` takes an
                    [RFC 7396](https://www.rfc-editor.org/rfc/rfc7396) merge patch ([history.md](/docs/history.md)). `HEAD` is
                    answered wherever `GET` is. **Errors** are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) problem details
                    naming each field at fault. Generated clients: [clients.md](/docs/clients.md).
                    """,
            });

            // A JSON object of any shape (a draft's record, in the shape of its kind's POST body), not the JsonObject class.
            options.MapType<System.Text.Json.Nodes.JsonObject>(() => new OpenApiSchema { Type = JsonSchemaType.Object });

            var xml = Path.Combine(AppContext.BaseDirectory, "OpsTracker.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }

            // string is never null in a response, string? may be: the document says so (requests: ContractSchemaFilter).
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<ContractSchemaFilter>();
            options.OperationFilter<ListParametersOperationFilter>();
            options.OperationFilter<HttpContractOperationFilter>();
            options.OperationFilter<MergePatchOperationFilter>();
            // After the merge-patch filter, which gives each PATCH its body.
            options.OperationFilter<RequestBodyOperationFilter>();

            // Swagger UI's Authorize button: the key entered there is sent in X-Api-Key on the operations whose
            // security requirement names this scheme (AuthorizationOperationFilter sets those from the policies).
            options.AddSecurityDefinition(ApiKeyDefaults.OpenApiScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyDefaults.Header,
                Description = "An API key (see [access-control.md](/docs/access-control.md)). Roles: reader (reads), editor (also "
                    + "writes and imports), admin (also key management and audit).",
            });
            options.OperationFilter<AuthorizationOperationFilter>();
            options.DocumentFilter<DocumentInfoFilter>();
            options.DocumentFilter<ProblemResponsesDocumentFilter>();

            // Request and response DTOs share short names across features only in their namespaces.
            options.CustomSchemaIds(type => type.IsGenericType
                ? $"{type.Name[..type.Name.IndexOf('`')]}Of{string.Join("And", type.GetGenericArguments().Select(t => t.Name))}"
                : type.Name);
        });
        return services;
    }

    public static WebApplication UseOpsTrackerSwagger(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<SwaggerSettings>>().Value;
        app.UseSwagger(options =>
        {
            // The server is the one the document was asked from, so Swagger UI and generated clients call it, wherever
            // the API runs (behind a proxy, the forwarded scheme).
            options.PreSerializeFilters.Add((document, request) =>
                document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}{request.PathBase}" }]);
        });
        app.UseStaticFiles();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "OpsTracker API v1");
            options.DocumentTitle = "OpsTracker API";
            options.EnableFilter();
            if (settings.PersistAuthorization)
            {
                options.EnablePersistAuthorization();
            }

            // Files, not inline code: the page's Content-Security-Policy allows scripts and styles from this server only.
            options.InjectStylesheet(UiStylesheet);
            options.InjectJavascript(UiScript);
        });
        app.MapDocs();
        return app;
    }
}
