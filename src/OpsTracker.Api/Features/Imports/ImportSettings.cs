namespace OpsTracker.Api.Features.Imports;

/// <summary>The <c>Imports</c> configuration section.</summary>
public sealed class ImportSettings
{
    public const string Section = "Imports";

    /// <summary>The largest request body the import endpoint reads (default 200 MB); a larger one is a 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 200L * 1024 * 1024;
}
