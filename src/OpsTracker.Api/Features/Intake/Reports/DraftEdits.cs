namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// The optional body of an accept: a JSON merge patch (RFC 7396) of the draft's record, with any fields of its kind's
/// POST body. Fields left out keep the draft's values; null clears one. Read as JSON, never bound to this type: it
/// names the body in the OpenAPI document.
/// </summary>
public sealed class DraftEdits
{
    /// <summary>For example, the analyst's note on what was checked.</summary>
    public string? Notes { get; init; }
}
