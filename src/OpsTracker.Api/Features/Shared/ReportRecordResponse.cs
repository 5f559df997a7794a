using System.Text.Json.Serialization;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

/// <summary>A record that carries a reported figure, with its citations.</summary>
public abstract class ReportRecordResponse : CitingRecordResponse
{
    /// <summary>Written after the citations (the base class's, which serialize after this class's own), as before they were split.</summary>
    [JsonPropertyOrder(1)]
    public required CountResponse Count { get; init; }

    /// <summary>
    /// What the citations make of the figure: singleSource (one independent origin), corroborated (two or more that
    /// agree) or contested (citations whose counts cannot both be true). Set by the engine for every kind that cites
    /// sources, so a response shape need not set it.
    /// </summary>
    [JsonPropertyOrder(2)]
    public RecordStatus Status { get; init; }
}
