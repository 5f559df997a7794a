using OpsTracker.Api.Features.Intake.Evaluation;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// The extractor on the repository's evaluation set, scored as <c>intake evaluate</c> scores it: the run fails when the
/// figures drop under the targets or when any figure of the two seed reports is missed with its qualifier and period.
/// </summary>
public sealed class IntakeEvaluationTests
{
    private static readonly EvaluationResult Result = IntakeEvaluator.Evaluate(EvaluationSet.Load(EvaluationSet.Locate(null)));

    [Fact]
    public void The_set_holds_at_least_forty_reports_written_for_it_and_the_two_seeds()
    {
        var set = EvaluationSet.Load(EvaluationSet.Locate(null));

        Assert.True(set.Cases.Count(report => !report.IsSeed) >= 40);
        Assert.Equal(2, set.Cases.Count(report => report.IsSeed));
        Assert.True(set.Cases.Count(report => report.Language == "ar") > set.Cases.Count / 2);
    }

    [Fact]
    public void Overall_precision_is_at_least_the_target() =>
        Assert.True(Result.Overall.Precision >= IntakeEvaluationCommand.PrecisionTarget, IntakeEvaluationCommand.Describe(Result, list: true));

    [Fact]
    public void Overall_recall_is_at_least_the_target() =>
        Assert.True(Result.Overall.Recall >= IntakeEvaluationCommand.RecallTarget, IntakeEvaluationCommand.Describe(Result, list: true));

    [Fact]
    public void Every_figure_of_the_seed_reports_is_found_with_its_qualifier_and_period() =>
        Assert.DoesNotContain(Result.Missed, miss => miss.IsSeedFigure);
}
