using OpsTracker.Api.Features.Audit;

namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>
/// A live record whose status a change of a source's relays changed: a new version of the record, whose audit entry
/// (<see cref="ToAuditEntry"/>) the writer of the source's change adds with its own key, as it does the source's.
/// </summary>
/// <param name="Resource">The record's route segment: "casualties".</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="Version">The record's new version.</param>
/// <param name="Before">The record as a GET answered it before, as the audit trail's JSON.</param>
/// <param name="After">The record as a GET answers it now.</param>
/// <param name="At">When its status changed: its new updatedAt.</param>
public sealed record RelayStatusChange(string Resource, long RecordId, long Version, string Before, string After, DateTime At)
{
    public AuditEntry ToAuditEntry(string keyName) =>
        AuditTrail.EntryOfJson(Resource, RecordId, AuditAction.Update, Version, keyName, Before, After, At);
}
