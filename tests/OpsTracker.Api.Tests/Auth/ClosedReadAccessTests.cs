namespace OpsTracker.Api.Tests.Auth;

/// <summary>The access matrix with Auth:AnonymousRead = false.</summary>
public sealed class ClosedReadAccessTests(ClosedReadsApi api) : AccessMatrixTests(api), IClassFixture<ClosedReadsApi>;
