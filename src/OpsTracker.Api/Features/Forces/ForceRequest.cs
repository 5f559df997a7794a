using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Forces;

public sealed class ForceRequest : RecordRequest
{
    /// <summary>Unique name: "Syrian Democratic Forces".</summary>
    public string? Name { get; init; }

    public string? Acronym { get; init; }

    /// <summary>Other names: Arabic script, short forms, transliterations ("قوات سوريا الديمقراطية", "قسد").</summary>
    public List<string>? Aliases { get; init; }

    /// <summary>Default other.</summary>
    public ForceKind? Kind { get; init; }

    /// <summary>The force this one is part of, or under the command of.</summary>
    public long? ParentId { get; init; }
}
