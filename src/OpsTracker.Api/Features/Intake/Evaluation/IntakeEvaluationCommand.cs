using System.Globalization;

namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>
/// <c>OpsTracker.Api intake evaluate [FOLDER] [--list]</c>: runs the extractor over the evaluation set (by default
/// the repository's, <see cref="EvaluationSet.DefaultFolder"/>) and prints precision and recall per record kind and
/// overall, with the missed records and the extra drafts under --list. Needs no database. Exits 0, or 1 when the
/// figures are under the targets (precision 0.9, recall 0.85) or a seed-report figure is missed, 2 for a wrong
/// command line.
/// </summary>
public static class IntakeEvaluationCommand
{
    public const double PrecisionTarget = 0.9;
    public const double RecallTarget = 0.85;

    private const string Usage = "Usage: intake evaluate [FOLDER] [--list] [--batch NAME]";

    public static bool IsEvaluation(string[] args) => args is ["intake", "evaluate", ..];

    public static int Run(string[] args)
    {
        var words = args.Skip(2).ToList();
        var list = words.Remove("--list");
        string? batch = null;
        var batchAt = words.IndexOf("--batch");
        if (batchAt >= 0 && batchAt + 1 < words.Count)
        {
            batch = words[batchAt + 1];
            words.RemoveRange(batchAt, 2);
        }

        if (words.Count > 1 || words.Any(word => word.StartsWith('-')))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        EvaluationSet set;
        try
        {
            set = EvaluationSet.Load(EvaluationSet.Locate(words.SingleOrDefault()));
        }
        catch (Exception error) when (error is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }

        if (batch is not null)
        {
            set = new EvaluationSet { Cases = set.Cases.Where(report => report.Batch == batch).ToList(), Gazetteer = set.Gazetteer };
        }

        var result = IntakeEvaluator.Evaluate(set);
        Console.WriteLine(Describe(result, list));
        var seedMisses = result.Missed.Count(miss => miss.IsSeedFigure);
        return result.Overall.Precision >= PrecisionTarget && result.Overall.Recall >= RecallTarget && seedMisses == 0 ? 0 : 1;
    }

    public static string Describe(EvaluationResult result, bool list)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Report intake on {result.Reports} reports: a draft matches a record when kind, count and date or period agree.");
        text.AppendLine();
        text.AppendLine("| kind | expected | drafts | matched | precision | recall |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var score in result.Kinds.Append(result.Overall))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {score.Kind} | {score.Expected} | {score.Drafts} | {score.Matched} | {score.Precision:F2} | {score.Recall:F2} |");
        }

        text.AppendLine();
        text.AppendLine("Other fields of the matched drafts, agreeing with the analyst's:");
        foreach (var (field, (agree, given)) in result.FieldAgreement.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {field}: {agree}/{given}");
        }

        var seedMisses = result.Missed.Where(miss => miss.IsSeedFigure).ToList();
        text.AppendLine();
        text.AppendLine(seedMisses.Count == 0
            ? "Seed reports: every figure found with its qualifier and period."
            : $"Seed reports: {seedMisses.Count} figure(s) missed.");
        if (list || seedMisses.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Missed records:");
            foreach (var miss in (list ? result.Missed : seedMisses))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {miss.File}: {miss.Description}");
            }
        }

        if (list)
        {
            text.AppendLine();
            text.AppendLine("Extra drafts:");
            foreach (var miss in result.Extra)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {miss.File}: {miss.Description}");
            }
        }

        return text.ToString();
    }
}
