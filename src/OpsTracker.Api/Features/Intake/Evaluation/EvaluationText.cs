using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>How the evaluation writes counts and dates in its listings.</summary>
public static class EvaluationText
{
    public static string Count(CountRequest? count) => count is null ? "(no figure)" : (count.Qualifier ?? CountQualifier.Exact) switch
    {
        CountQualifier.Range => $"{count.Low}–{count.High} (best {count.Best})",
        CountQualifier.Exact => $"{count.Best}",
        var qualifier => $"{qualifier} {count.Best}",
    };

    public static string Precision(DatePrecision? precision) => (precision ?? DatePrecision.Day).ToString().ToLowerInvariant();

    public static string Draft(Draft draft)
    {
        var record = draft.Record;
        if (draft.Kind == DraftKinds.Statements)
        {
            return $"{draft.Kind} madeOn {record.MadeOn:yyyy-MM-dd} ({Precision(record.DatePrecision)}) «{record.Quote}»";
        }

        var date = DraftKinds.IsEvent(draft.Kind)
            ? $"{record.StartDate:yyyy-MM-dd}{(record.EndDate is null ? "" : $"..{record.EndDate:yyyy-MM-dd}")}"
            : $"asOf {record.AsOf:yyyy-MM-dd}";
        return $"{draft.Kind} {Count(record.Count)} {date} ({Precision(record.DatePrecision)})";
    }
}
