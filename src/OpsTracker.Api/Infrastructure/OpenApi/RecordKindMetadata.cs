namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata on every endpoint of one record kind: how one record is named in messages ("casualty record"),
/// for the document's examples, and that its reads and writes answer with the record's <c>ETag</c>.
/// </summary>
public sealed record RecordKindMetadata(string SingularName);
