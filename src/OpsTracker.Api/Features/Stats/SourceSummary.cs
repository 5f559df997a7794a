using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Features.Stats;

/// <summary>Enough of a source to judge a figure by: who said it, when, and how reliable they are graded.</summary>
public sealed record SourceSummary(long Id, string Title, string Publisher, DateOnly? PublishedOn, SourceReliability Reliability, string? Url);
