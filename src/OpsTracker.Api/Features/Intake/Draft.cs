using System.Text.Json.Nodes;

namespace OpsTracker.Api.Features.Intake;

/// <summary>
/// A record proposed from a report's text, waiting for an analyst: the record kind (its route path), the fields the
/// text gave in the shape of that kind's POST body, the passages it comes from, who claims it, how sure the reading
/// is, the names it could not match and the required fields the text did not give.
/// </summary>
public sealed class Draft
{
    public required string Kind { get; init; }
    public required DraftRecord Record { get; init; }

    /// <summary>The passages, first the one the figure was read from; a figure told twice (headline and body) cites both.</summary>
    public required IReadOnlyList<DraftQuote> Quotes { get; init; }

    public DraftAttribution? AttributedTo { get; init; }

    /// <summary>0 to 1: how directly the text said what the figure counts, when and about whom.</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<UnresolvedName> Unresolved { get; init; } = [];

    /// <summary>Required fields of the kind that the text did not give (the analyst fills them before accepting).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The longest quote a citation keeps (a longer passage is left for the analyst to cut).</summary>
    public const int CitationQuoteLength = 2000;

    /// <summary>
    /// The record as its kind's POST body, citing <paramref name="sourceId"/> with the passage the record was read from
    /// and who the text says claims it (without a source, as a dry run has none, the body cites nothing).
    /// </summary>
    public JsonObject RecordBody(long? sourceId)
    {
        var body = Record.ToRequestBody(Kind);
        if (sourceId is not { } id)
        {
            return body;
        }

        var citation = new JsonObject { ["sourceId"] = id };
        if (Quotes is [{ Text.Length: > 0 and <= CitationQuoteLength } first, ..])
        {
            citation["quote"] = first.Text;
        }

        if (AttributedTo is { } attribution && (attribution.ForceId is not null || !string.IsNullOrWhiteSpace(attribution.Text)))
        {
            var attributedTo = new JsonObject();
            if (attribution.ForceId is { } forceId)
            {
                attributedTo["forceId"] = forceId;
            }

            if (!string.IsNullOrWhiteSpace(attribution.Text))
            {
                attributedTo["text"] = attribution.Text;
            }

            citation["attributedTo"] = attributedTo;
        }

        var record = new JsonObject { ["citations"] = new JsonArray(citation) };
        foreach (var (name, value) in body)
        {
            record[name] = value?.DeepClone();
        }

        return record;
    }
}
