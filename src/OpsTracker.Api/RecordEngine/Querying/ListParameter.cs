namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>A query parameter a list endpoint accepts, with the words Swagger UI shows for it.</summary>
public sealed record ListParameter(string Name, string Description, string Example = "", bool Required = false);
