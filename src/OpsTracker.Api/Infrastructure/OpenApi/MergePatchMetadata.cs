namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata for a <c>PATCH</c> that takes an RFC 7396 merge patch of <see cref="RequestType"/>: the OpenAPI
/// document describes its body as that request with every field optional.
/// </summary>
public sealed record MergePatchMetadata(Type RequestType);
