namespace OpsTracker.Api.Tests.Auth;

/// <summary>The access matrix with anonymous reads on (the default).</summary>
public sealed class OpenReadAccessTests(OpenReadsApi api) : AccessMatrixTests(api), IClassFixture<OpenReadsApi>;
