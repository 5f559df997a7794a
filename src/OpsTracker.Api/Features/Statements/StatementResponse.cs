using System.Text.Json.Serialization;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Statements;

public sealed class StatementResponse : CitingRecordResponse
{
    public required long? PersonId { get; init; }
    public required long? ForceId { get; init; }
    public required DateOnly? MadeOn { get; init; }
    public required DatePrecision? DatePrecision { get; init; }
    public required StatementMedium Medium { get; init; }
    public required string? Quote { get; init; }
    public required string? Summary { get; init; }

    /// <summary>What the statement is about, in the order given.</summary>
    public required List<StatementAboutResponse> About { get; init; }

    /// <summary>
    /// What the citations make of the statement: singleSource (one independent origin) or corroborated (two or more
    /// sources, neither relaying the other). Never contested: a statement has no count to disagree on. Set by the engine.
    /// </summary>
    [JsonPropertyOrder(2)]
    public RecordStatus Status { get; init; }
}
