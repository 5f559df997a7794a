namespace OpsTracker.Api.Domain;

/// <summary>
/// How far a record's citations back it (see <see cref="RecordStatusRule"/>): one independent origin, two or more
/// that agree, or citations whose readings cannot all be true.
/// </summary>
public enum RecordStatus
{
    SingleSource,
    Corroborated,
    Contested,
}
