namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>A parameter of an operation, as the document declares it: name, where (path, query, header), whether required, and its example.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, string? Example);
