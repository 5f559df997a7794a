namespace OpsTracker.Api.Tests.Resources;

/// <summary>The concurrent writes each in a transaction of its own, on either database.</summary>
public sealed class ConcurrentWritesEachCommittedTests() : ConcurrentWriteTests(shareCommits: false);
