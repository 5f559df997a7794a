namespace OpsTracker.Api.Features.Imports;

/// <summary>The <c>Imports</c> configuration section.</summary>
public sealed class ImportSettings
{
    public const string Section = "Imports";

    /// <summary>The largest request body the import endpoint reads (default 200 MB); a larger one is a 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// Records an import inserts before it switches to bulk mode (drops the table's non-unique indexes and search
    /// trigger, and rebuilds them before the commit); 0 or less never switches. See docs/imports.md.
    /// </summary>
    public long BulkThreshold { get; set; } = 50_000;
}
