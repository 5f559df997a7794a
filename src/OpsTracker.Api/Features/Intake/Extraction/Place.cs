namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A place a report may name: a country, a first-level division (Region), or a town in one (Locality).</summary>
internal sealed record Place(string Country, string? Region = null, string? Locality = null);
