namespace OpsTracker.Api.Features.Intake;

/// <summary>A record a drafted statement is about: the path of its kind ("forces", "camps", "persons") and its id.</summary>
public sealed record DraftAbout(string Kind, long Id);
