namespace OpsTracker.Api.Tests.Resources;

/// <summary>The concurrent writes committed together by the record writer, on either database.</summary>
public sealed class ConcurrentWritesSharingCommitsTests() : ConcurrentWriteTests(shareCommits: true);
