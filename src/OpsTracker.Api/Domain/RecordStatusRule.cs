namespace OpsTracker.Api.Domain;

/// <summary>
/// A record's status from its citations. Two citations share an origin when the sets {its source} ∪ (the sources it
/// relays, transitively) of each overlap: the Shafaq report relaying the CENTCOM statement is no confirmation of the
/// statement, nor of another report relaying it. The record is <see cref="RecordStatus.Contested"/> when two of its
/// citations' counts (a citation without its own count says what the record says) have bounds that do not overlap,
/// by the bound arithmetic of the totals (<see cref="ReportedCount.LowerBound"/>, <see cref="ReportedCount.UpperBound"/>);
/// else <see cref="RecordStatus.Corroborated"/> when two of its citations share no origin; else
/// <see cref="RecordStatus.SingleSource"/>. A record cites at least one source (its validator), so one citation is the fewest.
/// The same rule is written in SQL for whole tables (<c>RecordStatusSql</c>); tests hold the two to the same answers.
/// </summary>
public static class RecordStatusRule
{
    /// <param name="recordCount">The record's own count; null for a record without a figure (a statement), which is never contested.</param>
    /// <param name="citations">The record's citations.</param>
    /// <param name="reach">Each cited source's set {source} ∪ (the sources it relays, transitively).</param>
    public static RecordStatus Of(ReportedCount? recordCount, IReadOnlyList<SourceLink> citations, IReadOnlyDictionary<long, IReadOnlySet<long>> reach)
    {
        var bounds = recordCount is null ? [] : citations.Select(citation => citation.OwnCount() ?? recordCount)
            .Select(count => (Low: count.LowerBound, High: count.UpperBound))
            .ToList();
        for (var i = 0; i < bounds.Count; i++)
        {
            for (var j = i + 1; j < bounds.Count; j++)
            {
                if (Disjoint(bounds[i], bounds[j]))
                {
                    return RecordStatus.Contested;
                }
            }
        }

        for (var i = 0; i < citations.Count; i++)
        {
            for (var j = i + 1; j < citations.Count; j++)
            {
                if (!reach[citations[i].SourceId].Overlaps(reach[citations[j].SourceId]))
                {
                    return RecordStatus.Corroborated;
                }
            }
        }

        return RecordStatus.SingleSource;
    }

    /// <summary>Whether two counts' bounds [low, high] (high null: no ceiling) share no value.</summary>
    public static bool Disjoint((long Low, long? High) a, (long Low, long? High) b) =>
        (a.High is { } aHigh && aHigh < b.Low) || (b.High is { } bHigh && bHigh < a.Low);
}
