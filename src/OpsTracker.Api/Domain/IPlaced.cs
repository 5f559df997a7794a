namespace OpsTracker.Api.Domain;

/// <summary>Where a report placed an event: a country, optionally narrowed to a region, locality, camp and point.</summary>
public interface IPlaced
{
    string Country { get; set; }
    string? Region { get; set; }
    string? Locality { get; set; }
    double? Latitude { get; set; }
    double? Longitude { get; set; }

    /// <summary>The camp where it happened, or where people are held, when the report places it in one.</summary>
    long? CampId { get; set; }
}
