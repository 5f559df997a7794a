namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>The <c>Swagger</c> configuration section: Swagger UI's behaviour and who the OpenAPI document names.</summary>
public sealed class SwaggerSettings
{
    public const string Section = "Swagger";

    /// <summary>
    /// Swagger UI keeps the key entered under Authorize across reloads (in the browser's local storage). Off by default:
    /// a key left in a shared browser is a key anyone at it can use.
    /// </summary>
    public bool PersistAuthorization { get; set; }

    public string ContactName { get; set; } = "OpsTracker maintainers";
    public string? ContactUrl { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>
    /// The terms the API and its data are offered under. The project has chosen no licence yet, and without one
    /// every right is reserved, which is what the default says.
    /// </summary>
    public string LicenseName { get; set; } = "All rights reserved (no licence granted yet)";

    public string LicenseUrl { get; set; } = "https://en.wikipedia.org/wiki/All_rights_reserved";
}
