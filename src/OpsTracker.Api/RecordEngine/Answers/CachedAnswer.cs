namespace OpsTracker.Api.RecordEngine.Answers;

/// <summary>An answer kept in memory: the data version it was read at, its headers of its own, and its body.</summary>
public sealed record CachedAnswer(long Version, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);
