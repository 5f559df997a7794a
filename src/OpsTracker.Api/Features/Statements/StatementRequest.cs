using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Statements;

/// <summary>
/// Who said what: Syria's information minister (personId) saying in a telephone interview (medium) on 12 November 2025
/// (madeOn) "سوريا ليست جزءا من عملية العزم المتأصل" (quote), about CJTF-OIR (about: forces). A statement names its
/// speaker (personId, forceId or both) or, where the report names none, gives the words themselves (quote) and a
/// citation that says whom the report credits them to (attributedTo).
/// </summary>
public sealed class StatementRequest : CitingRecordRequest
{
    /// <summary>The person who spoke (a person id).</summary>
    public long? PersonId { get; init; }

    /// <summary>The force that spoke, or in whose name the person spoke (a force id).</summary>
    public long? ForceId { get; init; }

    /// <summary>The day the words were said; leave out where the report does not date them.</summary>
    public DateOnly? MadeOn { get; init; }

    /// <summary>How precisely madeOn is known (default day); only with madeOn.</summary>
    public DatePrecision? DatePrecision { get; init; }

    /// <summary>pressRelease, interview, socialMedia, speech or other (default other).</summary>
    public StatementMedium? Medium { get; init; }

    /// <summary>The words in their original language, as the report quotes them; stored byte for byte.</summary>
    public string? Quote { get; init; }

    /// <summary>What was said, in a sentence: "Syria is not part of Operation Inherent Resolve."</summary>
    public string? Summary { get; init; }

    /// <summary>What the statement is about: records of any kind, each as { kind: "forces", id: 5 }.</summary>
    public List<StatementAboutRequest>? About { get; init; }
}
