namespace OpsTracker.Api.Features.Shared;

/// <summary>Place fields of a request, so their rules are written once for every record kind that has them.</summary>
public interface IPlaceFields : ICoordinateFields
{
    /// <summary>ISO 3166-1 alpha-2 code, upper case: SY, IQ.</summary>
    string? Country { get; }

    /// <summary>First-level division: Al-Hasakah, Nineveh.</summary>
    string? Region { get; }

    string? Locality { get; }

    /// <summary>The camp where it happened or where people are held (e.g. al-Hol), if the report names one.</summary>
    long? CampId { get; }
}
