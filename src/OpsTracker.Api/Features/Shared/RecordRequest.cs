namespace OpsTracker.Api.Features.Shared;

/// <summary>The fields a client may set on any record. Ids and timestamps are the server's.</summary>
public abstract class RecordRequest
{
    /// <summary>Your own key for the record, unique per resource (up to 200 characters).</summary>
    public string? ExternalId { get; init; }

    public string? Notes { get; init; }
}
