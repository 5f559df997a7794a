using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Statements;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Reads what a report tells without a figure of its own, once its figures are read: events (an attack, a bombing,
/// an agreement signed: one draft per event, however often the report mentions it) and statements (a named speaker's
/// words: the quoted passage, or else the reported clause). A speaker's words that carry a figure the report drafts
/// are that figure's record, with the speaker in its attribution, not a statement of their own.
/// </summary>
internal sealed class ClaimReader(TokenizedReport report, IReadOnlyList<SentenceInfo> sentences, IReadOnlyList<Fact> facts, DateOnly published)
{
    /// <summary>Fewer words than this between quotation marks are a name in quotes ("داعش", "العزم الصلب"), not words said.</summary>
    private const int MinQuotedWords = 4;

    /// <summary>The longest passage searched for a closing quotation mark.</summary>
    private const int MaxQuoteLength = 2000;

    private readonly List<Token> _tokens = report.Tokens;

    public List<Draft> ReadEvents()
    {
        var events = new List<EventMention>();
        foreach (var info in sentences)
        {
            var (first, end) = (Math.Max(info.Sentence.First, info.DatelineEnd), info.Sentence.End);
            foreach (var match in ClaimLexicon.EventWords.FindAll(_tokens, first, end))
            {
                if (!IsEvent(match, first, end))
                {
                    continue;
                }

                var own = OwnEventDate(info, match.Start);
                var same = events.FirstOrDefault(other => other.Type == match.Value
                    && (own is null || other.Date is null || (other.Date.Value.From == own.Value.From && other.Date.Value.To == own.Value.To)));
                if (same is not null)
                {
                    same.Sentences.Add(info);
                    same.Date ??= own;
                    break;
                }

                events.Add(new EventMention(match.Value, info, own));
                break;
            }
        }

        return events.Select(CreateEvent).ToList();
    }

    public List<Draft> ReadStatements()
    {
        var drafts = new List<(string Words, Draft Draft)>();
        foreach (var info in sentences)
        {
            var (first, end) = (info.Sentence.First, info.Sentence.End);
            for (var t = first; t < end; t++)
            {
                if (!ClaimLexicon.SayVerbs.TryMatch(_tokens, t, end, out var verb) || info.Attribution is not { } speaker)
                {
                    continue;
                }

                var words = QuotedWords(info, verb.Start) ?? ReportedClause(verb.End, end);
                if (words is not { } span || CarriesFigure(span.Start, span.End))
                {
                    break;
                }

                var draft = CreateStatement(info, speaker, span);
                if (draft is null)
                {
                    break;
                }

                var said = report.Text[span.Start..span.End];
                var twice = drafts.FindIndex(other => other.Words == said);
                if (twice >= 0)
                {
                    // The same words told twice (the seed's "سوريا ليست جزءا …") are one statement citing both passages.
                    var earlier = drafts[twice].Draft;
                    drafts[twice] = (said, new Draft
                    {
                        Kind = earlier.Kind, Record = earlier.Record, Quotes = [.. earlier.Quotes, .. draft.Quotes], AttributedTo = earlier.AttributedTo,
                        Confidence = earlier.Confidence, Unresolved = earlier.Unresolved, Missing = earlier.Missing,
                    });
                }
                else
                {
                    drafts.Add((said, draft));
                }

                break;
            }
        }

        return drafts.Select(pair => pair.Draft).ToList();
    }

    // ---- Events --------------------------------------------------------------------------------------------------

    private bool IsEvent(PhraseMatch<EventType> match, int first, int end)
    {
        for (var t = match.Start - 1; t >= Math.Max(first, match.Start - 3); t--)
        {
            if (_tokens[t].IsWord && (ClaimLexicon.NotHappened.Contains(_tokens[t].Norm) || ClaimLexicon.NotHappened.Contains(_tokens[t].Conj)))
            {
                return false;
            }
        }

        return match.Value switch
        {
            // "انضمام سوريا إلى التحالف", not "بتهمة الانضمام لداعش"; "إغلاق مخيم الهول", not a road closed.
            EventType.CoalitionMembership => Near(match.End, end, 5, ClaimLexicon.CoalitionWords) || Near(match.Start, match.End, 5, ClaimLexicon.CoalitionWords),
            EventType.CampClosure => Near(match.Start, end, 3, ClaimLexicon.ClosedPlaces),
            _ => true,
        };
    }

    private bool Near(int from, int end, int words, HashSet<string> set)
    {
        for (var t = from; t < Math.Min(end, from + words + 1); t++)
        {
            if (_tokens[t].IsWord && (set.Contains(_tokens[t].Conj) || _tokens[t].BareForms.Any(set.Contains)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The event's date as its own sentence gives it: the period of the figures drafted from that sentence (its dead,
    /// its wounded), else a date the sentence names, nearest to the event's word; null when the sentence gives none.
    /// </summary>
    private (DateOnly From, DateOnly To, DatePrecision Precision)? OwnEventDate(SentenceInfo info, int at)
    {
        if (facts.Where(fact => fact.IsEvent && fact.Sentence == info.Sentence.Index).MinBy(fact => Math.Abs(fact.Count.Start - at)) is { } fact
            && fact.DateStrength is DateStrength.Own)
        {
            return (fact.From, fact.To, fact.Precision);
        }

        var date = info.Dates.Where(date => !date.Announcement && date.Role is DateRole.Named).MinBy(date => Math.Abs(date.Start - at));
        return date is null ? null : (date.From, date.To, date.Precision);
    }

    /// <summary>An undated event: the figures' date in the sentences around it, else the statement's date, else the publication day.</summary>
    private (DateOnly From, DateOnly To, DatePrecision Precision) FallbackDate(SentenceInfo info)
    {
        var near = facts.Where(fact => fact.IsEvent && info.Sentence.Paragraph - sentences[fact.Sentence].Sentence.Paragraph is 0 or 1
                && fact.DateStrength is DateStrength.Own or DateStrength.Inherited)
            .MinBy(fact => Math.Abs(fact.Sentence - info.Sentence.Index));
        if (near is not null)
        {
            return (near.From, near.To, near.Precision);
        }

        var announcement = sentences.Where(other => other.Sentence.Paragraph == info.Sentence.Paragraph)
            .SelectMany(other => other.Dates).FirstOrDefault(date => date.Announcement);
        return announcement is not null ? (announcement.From, announcement.To, announcement.Precision) : (published, published, DatePrecision.Day);
    }

    private Draft CreateEvent(EventMention mention)
    {
        var first = mention.Sentences[0];
        var date = mention.Date ?? FallbackDate(first);
        var quotes = mention.Sentences.Select(Passage).DistinctBy(quote => quote.Start).ToList();
        var forces = mention.Sentences.SelectMany(info => info.Names).Where(name => name.Entry.Type == GazetteerEntryType.Force)
            .Select(name => name.Entry.Id).Distinct().Order().ToList();
        var place = PlaceOf(mention.Sentences);
        var record = new DraftRecord
        {
            Title = quotes[0].Text,
            EventType = mention.Type,
            ForceIds = forces,
            StartDate = date.From,
            EndDate = date.To != date.From ? date.To : null,
            DatePrecision = date.Precision,
            Country = place.Country,
            Region = place.Region,
            Locality = place.Locality,
            CampId = place.CampId,
        };
        var attribution = mention.Sentences.Select(info => info.Attribution).FirstOrDefault(found => found is not null);
        return new Draft
        {
            Kind = DraftKinds.Events,
            Record = record,
            Quotes = quotes,
            AttributedTo = attribution is null ? null : new DraftAttribution(attribution.ForceId, attribution.Text),
            Confidence = Math.Round(0.55 + (mention.Date is null ? 0 : 0.15) + (attribution is null ? 0 : 0.05) + (forces.Count > 0 ? 0.05 : 0), 2),
            Missing = record.Country is null ? ["country"] : [],
        };
    }

    private (string? Country, string? Region, string? Locality, long? CampId) PlaceOf(List<SentenceInfo> mentioned)
    {
        var camp = mentioned.SelectMany(info => info.Names).FirstOrDefault(name => name.Entry.Type == GazetteerEntryType.Camp && name.Entry.Country is not null);
        if (camp.Entry is not null)
        {
            return (camp.Entry.Country, camp.Entry.Region, null, camp.Entry.Id);
        }

        var places = mentioned.SelectMany(info => info.Places).ToList();
        if (places.Count == 0)
        {
            places = sentences.Where(info => info.Sentence.Paragraph == mentioned[0].Sentence.Paragraph).SelectMany(info => info.Places).ToList();
        }

        var countries = places.Select(place => place.Value.Country).Distinct().ToList();
        if (countries.Count != 1)
        {
            return (null, null, null, null);
        }

        var regions = places.Select(place => place.Value.Region).Where(region => region is not null).Distinct().ToList();
        var towns = places.Where(place => place.Value.Locality is not null).ToList();
        return (countries[0], regions.Count == 1 ? regions[0] : null, regions.Count == 1 && towns.Count == 1 ? report.Slice(towns[0].Start, towns[0].End) : null, null);
    }

    /// <summary>The sentence a claim is read from, without its dateline and closing punctuation.</summary>
    private DraftQuote Passage(SentenceInfo info)
    {
        var first = Math.Max(info.Sentence.First, info.DatelineEnd);
        var end = info.Sentence.End;
        while (end - first > 1 && _tokens[end - 1].Kind == TokenKind.Symbol && _tokens[end - 1].Symbol is '.' or ',' or '،' or ':' or ';' or '؛')
        {
            end--;
        }

        var (start, stop) = (_tokens[first].Start, _tokens[end - 1].End);
        return new DraftQuote(report.Text[start..stop], start, stop);
    }

    // ---- Statements ----------------------------------------------------------------------------------------------

    /// <summary>
    /// The words between quotation marks in the speech verb's sentence (« », “ ”, " "), as character offsets without the
    /// marks: after the verb in Arabic, on either side in English ("…," he said). Null when none, or too short to be words said.
    /// </summary>
    private (int Start, int End)? QuotedWords(SentenceInfo info, int verb)
    {
        var text = report.Text;
        var from = _tokens[info.Sentence.First].Start;
        var to = _tokens[info.Sentence.End - 1].End;
        var verbAt = _tokens[verb].Start;
        for (var i = from; i < to; i++)
        {
            var close = text[i] switch { '«' => '»', '“' => '”', '"' => '"', _ => '\0' };
            if (close == '\0')
            {
                continue;
            }

            var limit = Math.Min(text.Length, i + MaxQuoteLength);
            var end = text.IndexOf(close, i + 1, limit - i - 1);
            if (end < 0)
            {
                continue;
            }

            var paragraphBreak = text.IndexOf('\n', i + 1, end - i - 1);
            var words = text[(i + 1)..end].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (paragraphBreak < 0 && words >= MinQuotedWords && (end > verbAt || !_tokens[verb].Arabic))
            {
                return (i + 1, end);
            }

            i = end;
        }

        return null;
    }

    /// <summary>The clause after "أن"/"إن"/"that" that follows the speech verb, to the end of its sentence.</summary>
    private (int Start, int End)? ReportedClause(int after, int end)
    {
        for (var t = after; t < Math.Min(end, after + 12); t++)
        {
            if (!_tokens[t].IsWord || !(ClaimLexicon.ClauseOpeners.Contains(_tokens[t].Norm) || ClaimLexicon.ClauseOpeners.Contains(_tokens[t].Conj)))
            {
                continue;
            }

            var last = end;
            while (last > t + 1 && _tokens[last - 1].Kind == TokenKind.Symbol && _tokens[last - 1].Symbol is not (')' or '"' or '”' or '»'))
            {
                last--;
            }

            return last > t + 2 ? (_tokens[t + 1].Start, _tokens[last - 1].End) : null;
        }

        return null;
    }

    /// <summary>The words hold a figure the report drafts: that figure's record tells them.</summary>
    private bool CarriesFigure(int start, int end) =>
        facts.Any(fact => _tokens[fact.Count.NumberStart].Start >= start && _tokens[fact.Count.NumberStart].Start < end);

    private Draft? CreateStatement(SentenceInfo info, Attribution speaker, (int Start, int End) words)
    {
        var speakerInfo = sentences.First(other => other.Sentence.First <= speaker.Start && speaker.Start < other.Sentence.End);
        var person = speakerInfo.Names.Where(name => name.Entry.Type == GazetteerEntryType.Person && name.Start >= speaker.Start && name.Start < speaker.End)
            .Select(name => (long?)name.Entry.Id).FirstOrDefault()
            ?? speakerInfo.People.Where(mention => mention.PersonId is not null && mention.Start < speaker.End && mention.End > speaker.Start)
                .Select(mention => mention.PersonId).FirstOrDefault();
        var unresolved = speakerInfo.Unresolved.Where(name => name.Type is GazetteerEntryType.Person or GazetteerEntryType.Force
                && name.Start >= speaker.Start && name.Start < speaker.End)
            .Select(name => Unresolved(name.Start, name.End, name.Type.ToString().ToLowerInvariant()))
            .Concat(speakerInfo.People.Where(mention => mention.PersonId is null && mention.Name is not null && mention.Start < speaker.End && mention.End > speaker.Start)
                .Select(mention => Unresolved(mention.NameStart, mention.NameEnd, "person")))
            .DistinctBy(name => name.Text)
            .ToList();
        if (person is null && speaker.ForceId is null && unresolved.Count == 0)
        {
            // An anonymous speaker ("مصادر محلية", "a security source", "state media") makes no statement: a named one does.
            return null;
        }

        var madeOn = info.Dates.FirstOrDefault(date => date.Announcement)
            ?? sentences.Where(other => other.Sentence.Paragraph == info.Sentence.Paragraph && other.Sentence.Index < info.Sentence.Index)
                .SelectMany(other => other.Dates).LastOrDefault(date => date.Announcement);
        var medium = ClaimLexicon.Media.FindAll(_tokens, info.Sentence.First, info.Sentence.End)
            .Where(match => _tokens[match.Start].Start < words.Start || _tokens[match.Start].Start >= words.End)
            .Select(match => (StatementMedium?)match.Value).FirstOrDefault();
        var about = sentences.Where(other => _tokens[other.Sentence.First].Start < words.End && _tokens[other.Sentence.End - 1].End > words.Start)
            .SelectMany(other => other.Names)
            .Where(name => _tokens[name.Start].Start >= words.Start && _tokens[name.End - 1].End <= words.End
                && !(name.Entry.Type == GazetteerEntryType.Force && name.Entry.Id == speaker.ForceId) && !(name.Entry.Type == GazetteerEntryType.Person && name.Entry.Id == person))
            .Select(name => new DraftAbout(name.Entry.Type switch { GazetteerEntryType.Force => "forces", GazetteerEntryType.Camp => "camps", _ => "persons" }, name.Entry.Id))
            .Distinct()
            .ToList();
        var passage = Passage(info);
        if (words.Start < passage.Start || words.End > passage.End)
        {
            // Quoted words that run past their sentence: the passage is the verb's sentence to the closing mark.
            var (start, stop) = (Math.Min(passage.Start, words.Start), Math.Max(passage.End, words.End + 1));
            passage = new DraftQuote(report.Text[start..stop], start, stop);
        }

        var record = new DraftRecord
        {
            PersonId = person,
            ForceId = speaker.ForceId,
            MadeOn = madeOn?.From,
            DatePrecision = madeOn?.Precision,
            Medium = medium,
            Quote = report.Text[words.Start..words.End],
            About = about,
        };
        return new Draft
        {
            Kind = DraftKinds.Statements,
            Record = record,
            Quotes = [passage],
            AttributedTo = new DraftAttribution(speaker.ForceId, speaker.Text),
            Confidence = Math.Round(0.6 + (person is not null || speaker.ForceId is not null ? 0.15 : 0) + (madeOn is not null ? 0.1 : 0), 2),
            Unresolved = unresolved.Where(name => name.Type == "person" ? person is null : speaker.ForceId is null).ToList(),
        };
    }

    private UnresolvedName Unresolved(int first, int end, string type)
    {
        var (start, stop) = (_tokens[first].Start, _tokens[end - 1].End);
        return new UnresolvedName(report.Text[start..stop], type, start, stop);
    }

    private sealed class EventMention(EventType type, SentenceInfo first, (DateOnly From, DateOnly To, DatePrecision Precision)? date)
    {
        public EventType Type { get; } = type;
        public List<SentenceInfo> Sentences { get; } = [first];
        public (DateOnly From, DateOnly To, DatePrecision Precision)? Date { get; set; } = date;
    }
}
