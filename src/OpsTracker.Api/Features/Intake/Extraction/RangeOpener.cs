namespace OpsTracker.Api.Features.Intake.Extraction;

internal enum RangeOpener
{
    /// <summary>بين … و…, between … and …</summary>
    Between,

    /// <summary>من … إلى…, from … to …</summary>
    From,
}
