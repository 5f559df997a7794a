namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>The API key authentication scheme's name and the header it reads.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>The name of the OpenAPI security scheme, which Swagger UI's Authorize dialog shows.</summary>
    public const string OpenApiScheme = "ApiKey";
}
