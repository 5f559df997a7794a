using Microsoft.OpenApi;
using OpsTracker.Api.Infrastructure.Auth;

namespace OpsTracker.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    public static IServiceCollection AddOpsTrackerSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OpsTracker API",
                Version = "v1",
                Description = "Counter-ISIS security reports: operations, casualties, arrests, detainee and camp population figures, "
                    + "each kept exactly as reported, with its sources and its uncertainty. Errors are RFC 9457 problem details.",
            });

            var xml = Path.Combine(AppContext.BaseDirectory, "OpsTracker.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }

            options.OperationFilter<ListParametersOperationFilter>();
            options.OperationFilter<RequestBodyOperationFilter>();

            // Swagger UI's Authorize button: the key entered there is sent in X-Api-Key on the operations whose
            // security requirement names this scheme (AuthorizationOperationFilter sets those from the policies).
            options.AddSecurityDefinition(ApiKeyDefaults.OpenApiScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyDefaults.Header,
                Description = "An API key (see docs/access-control.md). Roles: reader (reads), editor (also writes and imports), "
                    + "admin (also key management and audit).",
            });
            options.OperationFilter<AuthorizationOperationFilter>();

            // Request and response DTOs share short names across features only in their namespaces.
            options.CustomSchemaIds(type => type.IsGenericType
                ? $"{type.Name[..type.Name.IndexOf('`')]}Of{string.Join("And", type.GetGenericArguments().Select(t => t.Name))}"
                : type.Name);
        });
        return services;
    }

    public static WebApplication UseOpsTrackerSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "OpsTracker API v1");
            options.DocumentTitle = "OpsTracker API";
        });
        return app;
    }
}
