namespace OpsTracker.Api.Features.Statements;

/// <summary>How the words were said or published.</summary>
public enum StatementMedium
{
    PressRelease,
    Interview,
    SocialMedia,
    Speech,
    Other,
}
