using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Forces;

/// <summary>A force, command or group that conducts operations, makes arrests or holds detainees.</summary>
public sealed class Force : RecordEntity
{
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }

    /// <summary>Other names the force is reported under: Arabic names, short forms, transliterations.</summary>
    public List<string> Aliases { get; set; } = [];

    public ForceKind Kind { get; set; } = ForceKind.Other;
    public long? ParentId { get; set; }
    public Force? Parent { get; set; }

    public override IEnumerable<string?> SearchFields() => [Name, Acronym, Notes, .. Aliases];
}
