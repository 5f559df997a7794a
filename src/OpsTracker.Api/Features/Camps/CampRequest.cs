using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Camps;

public sealed class CampRequest : RecordRequest, ICoordinateFields
{
    /// <summary>Unique name: "al-Hol".</summary>
    public string? Name { get; init; }

    /// <summary>Other names: Arabic script and transliterations ("الهول", "Al Hol").</summary>
    public List<string>? Aliases { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code: SY.</summary>
    public string? Country { get; init; }

    public string? Region { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}
