namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// How to run one import: insert or upsert, whether to write (a dry run validates everything and writes nothing),
/// and who runs it, for the audit entry of every record written.
/// </summary>
public sealed record ImportOptions(ImportMode Mode = ImportMode.Insert, bool DryRun = false, string Actor = "anonymous");
