using Microsoft.OpenApi;

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
