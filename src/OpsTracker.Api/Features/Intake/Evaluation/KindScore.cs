namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>Precision and recall of one record kind (or of all): drafts matched over drafts made, over records expected.</summary>
public sealed record KindScore(string Kind, int Expected, int Drafts, int Matched)
{
    public double Precision => Drafts == 0 ? 1 : (double)Matched / Drafts;
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
}
