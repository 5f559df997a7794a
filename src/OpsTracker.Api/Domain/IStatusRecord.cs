namespace OpsTracker.Api.Domain;

/// <summary>
/// A record whose citations give it a status (<see cref="RecordStatusRule"/>): every report record, and a citing record
/// without a figure that declares one (a statement: one independent origin, or two or more).
/// </summary>
public interface IStatusRecord
{
    RecordStatus Status { get; set; }
}
