using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Camps;

/// <summary>A displacement or detention camp, such as al-Hol or Roj in north-east Syria.</summary>
public sealed class Camp : RecordEntity, INamedRecord
{
    public string Name { get; set; } = "";

    /// <summary>Other names: Arabic script, transliterations ("الهول", "al-Hol", "Al Hol").</summary>
    public List<string> Aliases { get; set; } = [];

    public string? Country { get; set; }
    public string? Region { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public string NamesText { get; set; } = "";

    public override IEnumerable<string?> SearchFields() => [Name, Region, Notes, .. Aliases];

    public IEnumerable<string?> NameFields() => [Name, .. Aliases];
}
