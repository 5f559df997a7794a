using OpsTracker.Api.Features.Audit;

namespace OpsTracker.Api.RecordEngine.Writing;

/// <summary>
/// What a write hands back to the <see cref="RecordWriter"/>: its result, for its request, and the audit entries that
/// record it, which the writer saves in the write's transaction (with the other writes' entries when commits are
/// shared, in one save before the commit).
/// </summary>
public sealed record AuditedWrite<T>(T Result, IReadOnlyList<AuditEntry> Entries);
