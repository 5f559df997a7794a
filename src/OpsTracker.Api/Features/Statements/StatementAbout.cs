namespace OpsTracker.Api.Features.Statements;

/// <summary>
/// A record a statement is about, named by its kind's path ("forces") and id. No foreign key: the target may be of any
/// kind, and deleting it later leaves the link as it was made (see docs/api.md, Statements).
/// </summary>
public sealed class StatementAbout
{
    public long StatementId { get; set; }

    /// <summary>The link's place in the request's list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The target's kind, as its path under /api/v1: "operations", "forces".</summary>
    public string Kind { get; set; } = "";

    public long TargetId { get; set; }
}
