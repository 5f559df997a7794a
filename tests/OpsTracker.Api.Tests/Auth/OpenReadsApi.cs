namespace OpsTracker.Api.Tests.Auth;

/// <summary>The access matrix's API with the default Auth:AnonymousRead = true.</summary>
public sealed class OpenReadsApi() : AccessApi(anonymousRead: true);
