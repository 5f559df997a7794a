namespace OpsTracker.Api.Features.Intake;

/// <summary>Who the text says claims the figure: its words ("the military said", "بحسب المرصد السوري") and the force among them, if known.</summary>
public sealed record DraftAttribution(long? ForceId, string Text);
