using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Forces;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// One fact, one draft. A later sentence that refers back to the events ("العمليات", "the attack") with a better date
/// dates them; the same figure told twice (headline and body, or the body's "some three hundred" for the headline's
/// "300", or the headline's "thousands" for the body's 9,000) is one fact citing both passages; the parts of a total
/// ("وهم: 312 …، و198 …، و145 …") replace the total when they add up to it, and a subset ("including two commanders")
/// is dropped otherwise.
/// </summary>
internal static class FactMerger
{
    public static List<Fact> Merge(List<Fact> facts, IReadOnlyList<SentenceInfo> sentences)
    {
        RefineDates(facts, sentences);
        AddUpCoordinated(facts);
        var survivors = MergeRepeats(facts, sentences);
        ResolveParts(facts, survivors);
        DropRunningTotals(facts);
        return facts.Where(fact => !fact.Dropped).ToList();
    }

    private static void RefineDates(List<Fact> facts, IReadOnlyList<SentenceInfo> sentences)
    {
        foreach (var info in sentences.Where(info => info.RefersBack))
        {
            var named = info.Dates.FirstOrDefault(date => !date.Announcement && date.Role == DateRole.Named);
            var announced = info.Dates.FirstOrDefault(date => date.Announcement);
            if (named is null && announced is null)
            {
                continue;
            }

            foreach (var fact in facts)
            {
                if (!fact.IsEvent || fact.Sentence >= info.Sentence.Index || fact.Sentence < info.Sentence.Index - 4)
                {
                    continue;
                }

                if (named is not null && (fact.DateStrength <= DateStrength.Announcement
                    || (fact.Precision > named.Precision && named.Overlaps(fact.From, fact.To))))
                {
                    Refine(fact, named, info);
                }
                else if (named is null && announced is not null && (fact.DateStrength == DateStrength.Publication
                    || (fact.DateStrength == DateStrength.Inherited && fact.Precision > announced.Precision && announced.Overlaps(fact.From, fact.To))))
                {
                    // The statement that the sentence cites is the best date the report gives.
                    Refine(fact, announced, info);
                }
            }
        }
    }

    private static void Refine(Fact fact, DateMention date, SentenceInfo info)
    {
        fact.From = date.From;
        fact.To = date.To;
        fact.Precision = date.Precision;
        fact.DateRole = date.Role;
        fact.DateStrength = DateStrength.Inherited;
        fact.Since = date.Since;
        if (fact.Role == FactRole.Operation)
        {
            foreach (var name in info.Names.Where(name => name.Entry.Type == GazetteerEntryType.Force && name.Entry.ForceKind != ForceKind.InsurgentGroup))
            {
                if (!fact.ForceIds.Contains(name.Entry.Id))
                {
                    fact.ForceIds.Add(name.Entry.Id);
                }
            }
        }
    }

    private static Dictionary<Fact, Fact> MergeRepeats(List<Fact> facts, IReadOnlyList<SentenceInfo> sentences)
    {
        var survivors = new Dictionary<Fact, Fact>();
        for (var i = 0; i < facts.Count; i++)
        {
            for (var j = i + 1; j < facts.Count; j++)
            {
                var (a, b) = (facts[i], facts[j]);
                if (a.Dropped || b.Dropped || a.Role != b.Role || a.Sentence == b.Sentence || !SamePeople(a, b) || !DatesAgree(a, b))
                {
                    continue;
                }

                var aTitle = sentences[a.Sentence].Sentence.IsTitle;
                var bTitle = sentences[b.Sentence].Sentence.IsTitle;
                Fact? keep = null;
                if (a.SameCount(b))
                {
                    keep = aTitle && !bTitle ? b : bTitle && !aTitle ? a : Stronger(a, b);
                }
                else if (aTitle != bTitle)
                {
                    var (title, body) = aTitle ? (a, b) : (b, a);
                    if ((title.Count.Best == body.Count.Best || body.Equivalents.Contains(title.Count.Best)) && title.Count.Qualifier == CountQualifier.Exact && !title.Count.Vague)
                    {
                        // "300 ISIS suspects arrested" over "some three hundred suspected ISIS members": the body qualifies it.
                        keep = body;
                    }
                    else if (title.Count.Vague && title.Count.Low <= body.Count.Best && (title.Count.High is null || body.Count.Best <= title.Count.High))
                    {
                        // "Thousands still held" over "Some 9,000 … remain detained".
                        keep = body;
                    }
                }

                if (keep is null)
                {
                    continue;
                }

                var other = keep == a ? b : a;
                Absorb(keep, other);
                survivors[other] = keep;
                foreach (var fact in facts.Where(fact => fact.PartOf == other))
                {
                    fact.PartOf = keep;
                }
            }
        }

        return survivors;
    }

    /// <summary>
    /// "مقتل ضابط وجنديين اثنين من الجيش العراقي": people of one side joined by "و" under one verb are one figure (3),
    /// as "killed 5 ISIS members and 3 civilians" stays two. Only exact counts add up.
    /// </summary>
    private static void AddUpCoordinated(List<Fact> facts)
    {
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var (a, b) = (facts[i], facts[i + 1]);
            if (a.Dropped || b.Dropped || a.Sentence != b.Sentence || a.Role != b.Role || a.PartOf is not null || b.PartOf is not null
                || a.Role is not (FactRole.Killed or FactRole.Wounded or FactRole.Arrested) || a.Affiliation != b.Affiliation
                || a.Affiliation is null or CasualtyAffiliation.Unknown || a.Count.Qualifier != CountQualifier.Exact || b.Count.Qualifier != CountQualifier.Exact
                || a.From != b.From || a.To != b.To || !JoinedByAnd(a, b))
            {
                continue;
            }

            a.Count.Best += b.Count.Best;
            a.Count.End = Math.Max(a.Count.End, b.Count.End);
            a.NounEnd = Math.Max(a.NounEnd, b.NounEnd);
            a.QuoteEnd = Math.Max(a.QuoteEnd, b.QuoteEnd);
            b.Dropped = true;
            facts.RemoveAt(i + 1);
            i--;
        }
    }

    private static bool JoinedByAnd(Fact a, Fact b)
    {
        var tokens = a.Tokens!;
        var words = 0;
        for (var t = a.Count.End; t < b.Count.Start; t++)
        {
            if (tokens[t].IsWord && tokens[t].Norm is "و" or "and")
            {
                return words <= 6;
            }

            if (tokens[t].IsWord)
            {
                words++;
            }
        }

        // "وجنديين": the conjunction is written onto the second figure.
        var first = tokens[b.Count.NumberStart];
        return first.IsWord && first.Norm != first.Conj && first.Norm[0] == 'و' && words <= 6;
    }

    /// <summary>
    /// A figure "since" a date ("أكثر من 20,000 since 2021", "قرابة ٦٠٠ أسرة منذ بداية العام") in a report that also tells a
    /// figure of the same kind within that period is a running total that includes it: it would count it twice.
    /// </summary>
    private static void DropRunningTotals(List<Fact> facts)
    {
        foreach (var total in facts.Where(fact => !fact.Dropped && fact.Since && fact.IsEvent))
        {
            if (facts.Any(other => other != total && !other.Dropped && other.Role == total.Role && other.Sentence != total.Sentence
                && other.From >= total.From && other.To <= total.To && other.From > total.From && !other.Since
                && (other.Role is not (FactRole.Killed or FactRole.Wounded) || other.Affiliation == total.Affiliation)))
            {
                total.Dropped = true;
            }
        }
    }

    private static bool SamePeople(Fact a, Fact b) =>
        a.Role is not (FactRole.Killed or FactRole.Wounded) || a.Affiliation == b.Affiliation
        || a.Affiliation == CasualtyAffiliation.Unknown || b.Affiliation == CasualtyAffiliation.Unknown;

    private static bool DatesAgree(Fact a, Fact b)
    {
        if (a.From == b.From && a.To == b.To && a.Precision == b.Precision)
        {
            return true;
        }

        if (a.DateStrength <= DateStrength.Announcement || b.DateStrength <= DateStrength.Announcement)
        {
            return true;
        }

        return a.From <= b.To && b.From <= a.To && (a.Precision != b.Precision || a.DateRole != b.DateRole);
    }

    private static Fact Stronger(Fact a, Fact b) =>
        b.DateStrength > a.DateStrength || (b.DateStrength == a.DateStrength && b.Precision < a.Precision) ? b : a;

    private static void Absorb(Fact keep, Fact other)
    {
        other.Dropped = true;
        if (other.DateStrength > keep.DateStrength || (other.DateStrength == keep.DateStrength && other.Precision < keep.Precision))
        {
            (keep.From, keep.To, keep.Precision, keep.DateRole, keep.DateStrength) = (other.From, other.To, other.Precision, other.DateRole, other.DateStrength);
        }

        keep.OtherQuotes.Add((other.QuoteStart, other.QuoteEnd));
        keep.OtherQuotes.AddRange(other.OtherQuotes);
        keep.RoleScore = Math.Max(keep.RoleScore, other.RoleScore);
        foreach (var force in other.ForceIds.Where(force => !keep.ForceIds.Contains(force)))
        {
            keep.ForceIds.Add(force);
        }

        foreach (var camp in other.CampIds.Where(camp => !keep.CampIds.Contains(camp)))
        {
            keep.CampIds.Add(camp);
        }

        keep.Equivalents.AddRange(other.Equivalents.Except(keep.Equivalents));
        keep.ActorForceId ??= other.ActorForceId;
        keep.InsurgentForceId ??= other.InsurgentForceId;
        keep.Country ??= other.Country;
        keep.Region ??= other.Region;
        keep.Locality ??= other.Locality;
        keep.Facility ??= other.Facility;
        keep.ToCountry ??= other.ToCountry;
        keep.Person ??= other.Person;
        keep.Attribution ??= other.Attribution;
        if (keep.Affiliation is null or CasualtyAffiliation.Unknown)
        {
            keep.Affiliation = other.Affiliation ?? keep.Affiliation;
        }

        foreach (var country in other.Countries.Where(country => !keep.Countries.Contains(country)))
        {
            keep.Countries.Add(country);
        }

        keep.Notes.AddRange(other.Notes.Except(keep.Notes));
        keep.Unresolved.AddRange(other.Unresolved.Except(keep.Unresolved));
    }

    private static void ResolveParts(List<Fact> facts, Dictionary<Fact, Fact> survivors)
    {
        foreach (var group in facts.Where(fact => fact.PartOf is not null && !fact.Dropped).GroupBy(fact => Resolve(fact.PartOf!, survivors)))
        {
            var total = group.Key;
            var parts = group.ToList();
            // Parts replace their total only when records can tell them apart (who they are, or where); the shares of a
            // camp's population by nationality stay inside the one figure.
            var distinct = parts.Select(part => (part.Affiliation, part.Region)).Distinct().Count() == parts.Count;
            if (parts.Count >= 2 && distinct && parts.Sum(part => part.Count.Best) == total.Count.Best && !total.Dropped)
            {
                total.Dropped = true;
                foreach (var part in parts)
                {
                    part.Notes.Add($"Part of a total of {total.Count.Best} given with its parts.");
                }
            }
            else
            {
                foreach (var part in parts)
                {
                    part.Dropped = true;
                }
            }
        }
    }

    private static Fact Resolve(Fact fact, Dictionary<Fact, Fact> survivors)
    {
        while (survivors.TryGetValue(fact, out var survivor))
        {
            fact = survivor;
        }

        return fact;
    }
}
