namespace OpsTracker.Api.Features.Statements;

/// <summary>A record the statement is about, as it was linked: GET /api/v1/{kind}/{id} reads it (404 once deleted).</summary>
public sealed class StatementAboutResponse
{
    public required string Kind { get; init; }
    public required long Id { get; init; }
}
