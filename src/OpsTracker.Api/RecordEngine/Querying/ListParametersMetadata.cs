namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>Endpoint metadata naming the query parameters a list reads by hand, so Swagger can document them.</summary>
public sealed record ListParametersMetadata(IReadOnlyList<ListParameter> Parameters);
