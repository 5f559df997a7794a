namespace OpsTracker.Api.Features.Stats;

/// <summary>Two records of one kind that report the same figure for overlapping dates with counts that cannot both be true; <c>first</c> has the lower id.</summary>
public sealed record ConflictPair(ConflictingRecord First, ConflictingRecord Second);
