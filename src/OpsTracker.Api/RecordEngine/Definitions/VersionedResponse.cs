namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>A record's response with its version, read in one query so the ETag and the body always agree.</summary>
public sealed class VersionedResponse<TResponse>
{
    public long Version { get; init; }
    public required TResponse Response { get; init; }
}
