namespace OpsTracker.Api.Tests.Crash;

/// <summary>
/// What the API acknowledged for one record: the version its last 2xx answer carried and the notes it stored, and
/// whether a later write to it was in flight (sent, not answered) when the API was killed, which may or may not
/// have been stored.
/// </summary>
public sealed record AcknowledgedWrite(string Collection, long Id, long Version, string Notes, bool LaterWriteInFlight);
