namespace OpsTracker.Api.Domain;

/// <summary>Fields every stored record has, whatever its kind.</summary>
public abstract class RecordEntity
{
    public long Id { get; set; }

    /// <summary>The client's own key for the record, unique per resource, so scripts can find their records again.</summary>
    public string? ExternalId { get; set; }

    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
