namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>How a write's If-Match header compares with the stored record.</summary>
public enum Precondition
{
    Absent,
    Met,
    Failed,
    Malformed,
}
