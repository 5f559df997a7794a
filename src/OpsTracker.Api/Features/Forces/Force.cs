using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Forces;

/// <summary>A force, command or group that conducts operations, makes arrests or holds detainees.</summary>
public sealed class Force : RecordEntity, INamedRecord
{
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }

    /// <summary>Other names the force is reported under: Arabic names, short forms, transliterations.</summary>
    public List<string> Aliases { get; set; } = [];

    public ForceKind Kind { get; set; } = ForceKind.Other;
    public long? ParentId { get; set; }
    public Force? Parent { get; set; }

    public string NamesText { get; set; } = "";

    public override IEnumerable<string?> SearchFields() => [Name, Acronym, Notes, .. Aliases];

    /// <summary>The acronym is a name too ("SDF" finds the operations the SDF conducted).</summary>
    public IEnumerable<string?> NameFields() => [Name, Acronym, .. Aliases];
}
