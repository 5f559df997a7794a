using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Statements;

/// <summary>
/// Who said what, when and how, as the reports relay it: Syria's information minister saying Syria is not part of
/// Operation Inherent Resolve. The speaker is a person, a force, or both (the minister of a government); a remark the
/// report credits to no one it names ("according to the annual reports") has no speaker, only its words (<see cref="Quote"/>)
/// and the citation that says whom the report credits.
/// </summary>
public sealed class Statement : RecordEntity, ICitingRecord<StatementSource>, IStatusRecord
{
    /// <summary>The person who spoke.</summary>
    public long? PersonId { get; set; }

    /// <summary>The force that spoke, or in whose name the person spoke.</summary>
    public long? ForceId { get; set; }

    /// <summary>When the words were said; null where the report does not date them.</summary>
    public DateOnly? MadeOn { get; set; }

    /// <summary>How precisely <see cref="MadeOn"/> is known; null with it.</summary>
    public DatePrecision? DatePrecision { get; set; }

    public StatementMedium Medium { get; set; }

    /// <summary>The words in the language they were reported in, kept exactly as the request gave them.</summary>
    public string? Quote { get; set; }

    /// <summary>What was said, in a sentence, for readers of another language.</summary>
    public string? Summary { get; set; }

    /// <summary>What the statement is about: records of any kind, in the order the request gave them.</summary>
    public List<StatementAbout> AboutLinks { get; } = [];

    public List<StatementSource> SourceLinks { get; } = [];

    /// <summary>From the citations, as a report record's (<see cref="RecordStatusRule"/>), without counts to contest.</summary>
    public RecordStatus Status { get; set; } = RecordStatus.SingleSource;

    public override IEnumerable<string?> SearchFields() => [Quote, Summary, Notes];
}
