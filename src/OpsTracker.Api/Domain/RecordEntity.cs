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

    /// <summary>
    /// The record's own text fields, normalized for search (see SearchNormalizer). Written on every save from
    /// <see cref="SearchFields"/>, so a query compares against it without normalizing rows.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>The text a <c>q</c> search looks in: names, titles, aliases, places, notes.</summary>
    public abstract IEnumerable<string?> SearchFields();
}
