namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// How to run one import: insert or upsert, whether to write (a dry run validates everything and writes nothing),
/// and who runs it, for the import's audit entry (and those of the records it updates).
/// </summary>
public sealed record ImportOptions(ImportMode Mode = ImportMode.Insert, bool DryRun = false, string Actor = "anonymous");
