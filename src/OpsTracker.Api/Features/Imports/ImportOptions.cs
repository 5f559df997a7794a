namespace OpsTracker.Api.Features.Imports;

/// <summary>How to run one import: insert or upsert, and whether to write (a dry run validates everything and writes nothing).</summary>
public sealed record ImportOptions(ImportMode Mode = ImportMode.Insert, bool DryRun = false);
