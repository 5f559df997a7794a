using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Operations;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A figure read as a fact of one kind, with everything found around it; becomes a draft unless merged or dropped.</summary>
internal sealed class Fact
{
    public required FactRole Role { get; set; }
    public required CountMention Count { get; init; }
    public required int Sentence { get; init; }

    /// <summary>Tokens [QuoteStart, QuoteEnd): the passage the draft cites.</summary>
    public int QuoteStart { get; set; }

    public int QuoteEnd { get; set; }
    public List<(int Start, int End)> OtherQuotes { get; } = [];

    /// <summary>How sure the reading of the kind is: trigger adjacency and frames (0–10).</summary>
    public double RoleScore { get; set; }

    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DatePrecision Precision { get; set; }
    public DateRole DateRole { get; set; }
    public DateStrength DateStrength { get; set; }

    /// <summary>The period runs from a named start to publication ("since 2021"): it may be a running total.</summary>
    public bool Since { get; set; }

    /// <summary>Tokens where the figure's noun ends.</summary>
    public int NounEnd { get; set; }

    /// <summary>The same figure in another unit ("690 عائلة، أي ما يقرب من 2,350 شخصاً").</summary>
    public List<long> Equivalents { get; } = [];

    public CasualtyAffiliation? Affiliation { get; set; }
    public OperationType? OperationType { get; set; }
    public string? TransferKind { get; set; }
    public bool Families { get; set; }

    public List<long> ForceIds { get; } = [];
    public long? ActorForceId { get; set; }
    public long? InsurgentForceId { get; set; }
    public List<long> CampIds { get; } = [];
    public string? Country { get; set; }
    public List<string> Countries { get; } = [];
    public string? Region { get; set; }
    public string? Locality { get; set; }
    public string? Facility { get; set; }
    public string? ToCountry { get; set; }
    public PersonMention? Person { get; set; }
    public Attribution? Attribution { get; set; }
    public List<string> Notes { get; } = [];
    public List<UnresolvedMention> Unresolved { get; } = [];

    /// <summary>The figure this one is a part of ("بينهم 3", "وهم: 312 …"), while parts are weighed against their total.</summary>
    public Fact? PartOf { get; set; }

    public bool Dropped { get; set; }

    /// <summary>The report's tokens, for the merger's look at the words between two figures.</summary>
    public List<Token>? Tokens { get; init; }

    public bool IsEvent => Role is FactRole.Killed or FactRole.Wounded or FactRole.Arrested or FactRole.Operation or FactRole.Transfer;

    public bool SameCount(Fact other) =>
        Count.Best == other.Count.Best && Count.Low == other.Count.Low && Count.High == other.Count.High && Count.Qualifier == other.Count.Qualifier;
}
