namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>The <c>Cors</c> configuration section: which browser origins may call the API from their pages.</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>Origins allowed to call the API (e.g. <c>https://dashboard.example.org</c>); none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
