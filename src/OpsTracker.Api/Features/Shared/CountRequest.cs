using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// A figure as reported. "more than 22" is <c>{ "best": 22, "qualifier": "moreThan" }</c>; "2,500 to 3,000" is
/// <c>{ "best": 2750, "low": 2500, "high": 3000, "qualifier": "range" }</c>.
/// </summary>
public sealed class CountRequest
{
    /// <summary>The headline number (required, 0 or more).</summary>
    public int? Best { get; init; }

    public int? Low { get; init; }
    public int? High { get; init; }

    /// <summary>How the report qualified the number (default exact).</summary>
    public CountQualifier? Qualifier { get; init; }

    public ReportedCount ToDomain() => new()
    {
        Best = Best ?? 0,
        Low = Low,
        High = High,
        Qualifier = Qualifier ?? CountQualifier.Exact,
    };
}
