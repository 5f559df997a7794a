namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>The <c>Paging</c> configuration section.</summary>
public sealed class PagingSettings
{
    public const string Section = "Paging";

    /// <summary>
    /// <c>count=estimated</c> on a filtered list counts the matches exactly up to this many (default 1,000), which
    /// costs at most that many index entries; past it the answer is an estimate (docs/querying.md#counting).
    /// </summary>
    public int EstimatedCountExactUpTo { get; set; } = 1000;
}
