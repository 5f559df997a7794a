namespace OpsTracker.Api.Features.Statements;

/// <summary>A record the statement is about: its kind (the path of its list, "forces", "operations") and its id.</summary>
public sealed class StatementAboutRequest
{
    /// <summary>The kind's path under /api/v1: "forces", "camps", "persons", "operations", ...</summary>
    public string? Kind { get; init; }

    /// <summary>The record's id.</summary>
    public long? Id { get; init; }
}
