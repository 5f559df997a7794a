using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// One record of a conflicting pair: the days it may stand for (<c>from</c>..<c>to</c>: its period, or its asOf, widened
/// to the whole month or year its precision allows), its count with the bounds compared, its status, and its citations.
/// </summary>
public sealed record ConflictingRecord(
    long Id,
    DateOnly From,
    DateOnly To,
    CountResponse Count,
    long Low,
    long? High,
    RecordStatus Status,
    IReadOnlyList<CitationResponse> Citations);
