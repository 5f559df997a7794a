namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Proposes draft records from a report's text, without a database: the gazetteer of known forces, camps and people
/// is compiled once and shared by every call, and each call reads one report. Arabic and English are read in any text,
/// word by word, so a report mixing them needs no hint; the language hint is accepted for the caller's record and not
/// needed here. A text with no figure gives no drafts. Thread-safe.
/// </summary>
public sealed class ReportExtractor(Gazetteer gazetteer)
{
    static ReportExtractor() => LexiconIndex.Load();

    public Gazetteer Gazetteer { get; } = gazetteer;

    public IReadOnlyList<Draft> Extract(string text, DateOnly publishedOn, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = language;
        var report = Tokenizer.Tokenize(text);
        LexiconIndex.Annotate(report);
        var reader = new ReportReader(report, publishedOn, Gazetteer);
        var facts = FactMerger.Merge(reader.Read(), reader.Sentences);
        var drafts = facts
            .OrderBy(fact => fact.QuoteStart)
            .ThenBy(fact => fact.Count.NumberStart)
            .Select(fact => DraftFactory.Create(fact, report, publishedOn))
            .ToList();
        var claims = new ClaimReader(report, reader.Sentences, facts, publishedOn);
        drafts.AddRange(claims.ReadEvents());
        drafts.AddRange(claims.ReadStatements());
        return drafts;
    }
}
