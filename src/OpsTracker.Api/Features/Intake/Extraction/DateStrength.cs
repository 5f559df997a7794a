namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>Where a fact's date came from, weakest first: a later sentence that refers back to the event may replace a weak one.</summary>
internal enum DateStrength
{
    /// <summary>No date anywhere: the publication date.</summary>
    Publication,

    /// <summary>The date of the statement that reports it.</summary>
    Announcement,

    /// <summary>The date of an earlier sentence about the same events.</summary>
    Inherited,

    /// <summary>A date in the fact's own sentence.</summary>
    Own,
}
