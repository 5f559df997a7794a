namespace OpsTracker.Api.Infrastructure.Exports;

/// <summary>The <c>Exports</c> configuration section.</summary>
public sealed class ExportSettings
{
    public const string Section = "Exports";

    /// <summary>
    /// Records a CSV or GeoJSON export reads the lists of (sourceIds, forceIds, campIds) in one query (default 5,000).
    /// Memory holds up to three such chunks; fewer records per chunk mean more queries.
    /// </summary>
    public int ChunkRecords { get; set; } = 5000;
}
