namespace OpsTracker.Api.Features.Audit;

/// <summary>A record deleted since the time asked, so a syncing client can delete its copy too.</summary>
public sealed class DeletionResponse
{
    public required string Resource { get; init; }
    public long Id { get; init; }
    public DateTime DeletedAt { get; init; }
}
