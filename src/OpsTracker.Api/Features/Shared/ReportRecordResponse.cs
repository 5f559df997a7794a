namespace OpsTracker.Api.Features.Shared;

public abstract class ReportRecordResponse : RecordResponse
{
    public required List<long> SourceIds { get; init; }
    public required CountResponse Count { get; init; }
}
