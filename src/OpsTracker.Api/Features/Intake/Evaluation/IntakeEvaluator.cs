using System.Text.Json;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Intake.Extraction;

namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>
/// Runs the extractor over the evaluation set and scores it: a draft matches an expected record of its report when
/// kind, count (best, low, high, qualifier) and date or period (start, end and precision, or asOf and precision)
/// agree; each record and each draft is matched at most once.
/// </summary>
public static class IntakeEvaluator
{
    public static EvaluationResult Evaluate(EvaluationSet set)
    {
        var extractor = new ReportExtractor(set.Gazetteer);
        var expected = new Dictionary<string, int>();
        var drafted = new Dictionary<string, int>();
        var matched = new Dictionary<string, int>();
        var missed = new List<EvaluationMiss>();
        var extra = new List<EvaluationMiss>();
        var agreement = new Dictionary<string, (int Agree, int Given)>();
        foreach (var report in set.Cases)
        {
            var drafts = extractor.Extract(report.Text, report.PublishedOn, report.Language).ToList();
            var unmatched = new List<Draft>(drafts);
            foreach (var draft in drafts)
            {
                Add(drafted, draft.Kind);
            }

            foreach (var record in report.Records)
            {
                Add(expected, record.Kind);
                var match = unmatched.FirstOrDefault(draft => Matches(draft, record));
                if (match is null)
                {
                    missed.Add(new EvaluationMiss(report.File, report.IsSeed, record.ToString(), record.Kind is not (DraftKinds.Events or DraftKinds.Statements)));
                    continue;
                }

                unmatched.Remove(match);
                Add(matched, record.Kind);
                CompareFields(match, record, agreement);
            }

            extra.AddRange(unmatched.Select(draft => new EvaluationMiss(report.File, report.IsSeed,
                $"{EvaluationText.Draft(draft)} «{draft.Quotes[0].Text}»")));
        }

        var kinds = DraftKinds.All
            .Where(kind => expected.ContainsKey(kind) || drafted.ContainsKey(kind))
            .Select(kind => new KindScore(kind, expected.GetValueOrDefault(kind), drafted.GetValueOrDefault(kind), matched.GetValueOrDefault(kind)))
            .ToList();
        return new EvaluationResult
        {
            Kinds = kinds,
            Overall = new KindScore("overall", kinds.Sum(k => k.Expected), kinds.Sum(k => k.Drafts), kinds.Sum(k => k.Matched)),
            Missed = missed,
            Extra = extra,
            FieldAgreement = agreement,
            Reports = set.Cases.Count,
        };
    }

    /// <summary>
    /// Kind, count and date or period agree (an event without a figure matches a record without one); a statement
    /// matches when its day (or its lack of one) and its words agree: the one holds the other.
    /// </summary>
    public static bool Matches(Draft draft, ExpectedRecord record)
    {
        if (draft.Kind != record.Kind)
        {
            return false;
        }

        if (record.Kind == DraftKinds.Statements)
        {
            return draft.Record.MadeOn == record.MadeOn
                && (record.MadeOn is null || (draft.Record.DatePrecision ?? DatePrecision.Day) == (record.DatePrecision ?? DatePrecision.Day))
                && draft.Record.Quote is { Length: > 0 } said && record.Quote is { Length: > 0 } wanted
                && (said.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(said, StringComparison.Ordinal));
        }

        var count = draft.Record.Count;
        if ((count is null) != (record.Count is null)
            || (count is not null && (count.Best != record.Count!.Best || count.Low != record.Count.Low || count.High != record.Count.High
                || (count.Qualifier ?? CountQualifier.Exact) != (record.Count.Qualifier ?? CountQualifier.Exact)))
            || (draft.Record.DatePrecision ?? DatePrecision.Day) != (record.DatePrecision ?? DatePrecision.Day))
        {
            return false;
        }

        return DraftKinds.IsEvent(record.Kind)
            ? draft.Record.StartDate == record.StartDate && (draft.Record.EndDate ?? draft.Record.StartDate) == (record.EndDate ?? record.StartDate)
            : draft.Record.AsOf == record.AsOf;
    }

    private static void Add(Dictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;

    private static void CompareFields(Draft draft, ExpectedRecord record, Dictionary<string, (int Agree, int Given)> agreement)
    {
        var body = draft.Record.ToRequestBody(draft.Kind);
        foreach (var (field, value) in record.Fields)
        {
            string? actual = field switch
            {
                "attributedTo" => draft.AttributedTo?.Text,
                "transferKind" => draft.Record.TransferKind,
                "unit" => draft.Record.Unit,
                "fromCampId" => draft.Record.FromCampIds is [var only] ? only.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                "fromCampIds" => Set(draft.Record.FromCampIds?.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                "fromForceId" => draft.Record.FromForceId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "toCountry" => draft.Record.ToCountry,
                _ => body[field] is { } node ? Text(JsonDocument.Parse(node.ToJsonString()).RootElement) : null,
            };
            var wanted = Text(value);
            var agrees = field == "attributedTo"
                ? actual is not null && (actual.Contains(wanted, StringComparison.OrdinalIgnoreCase) || wanted.Contains(actual, StringComparison.OrdinalIgnoreCase))
                : actual == wanted;
            var (agree, given) = agreement.GetValueOrDefault(field);
            agreement[field] = (agree + (agrees ? 1 : 0), given + 1);
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => Set(value.EnumerateArray().Select(Text))!,
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    private static string? Set(IEnumerable<string>? values) => values is null ? null : string.Join(",", values.Order(StringComparer.Ordinal));
}
