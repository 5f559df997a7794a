namespace OpsTracker.Api.Features.Sources;

public enum SourceKind
{
    OfficialStatement,
    NewsReport,
    NgoReport,
    ResearchReport,
    SocialMedia,
    Other,
}
