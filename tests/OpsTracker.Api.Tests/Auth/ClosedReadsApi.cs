namespace OpsTracker.Api.Tests.Auth;

/// <summary>The access matrix's API with Auth:AnonymousRead = false: reads need a reader key.</summary>
public sealed class ClosedReadsApi() : AccessApi(anonymousRead: false);
