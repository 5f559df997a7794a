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
    /// Starts at 1 and goes up by one on every change; the record's ETag. It is a concurrency token, so an update
    /// written against an older version fails instead of silently overwriting the change in between.
    /// </summary>
    public long Version { get; set; }

    /// <summary>
    /// When the record was deleted. Deleted records stay stored, so their history and id remain (ids are never
    /// reused), but a query filter hides them from every list, lookup, reference check and total.
    /// </summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>
    /// The record's own text fields, normalized for search (see SearchNormalizer). Written on every save from
    /// <see cref="SearchFields"/>, so a query compares against it without normalizing rows.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>The text a <c>q</c> search looks in: names, titles, aliases, places, notes.</summary>
    public abstract IEnumerable<string?> SearchFields();
}
