using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Statements;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Reads what a report tells without a figure of its own, once its figures are read: one attack by insurgents (an
/// attack, a bombing, an ambush: an operation of count 1), events (an agreement signed, a camp closed), one draft per
/// attack or event however often the report mentions it, and statements (a named speaker's
/// words: the quoted passage, or else the reported clause). A speaker's words that carry a figure the report drafts
/// are that figure's record, with the speaker in its attribution, not a statement of their own.
/// </summary>
internal sealed class ClaimReader(TokenizedReport report, IReadOnlyList<SentenceInfo> sentences, IReadOnlyList<Fact> facts, DateOnly published)
{
    /// <summary>Fewer words than this between quotation marks are a name in quotes ("داعش", "العزم الصلب"), not words said.</summary>
    private const int MinQuotedWords = 4;

    /// <summary>The longest passage searched for a closing quotation mark.</summary>
    private const int MaxQuoteLength = 2000;

    /// <summary>How many tokens after an event's word a date may stand and still be the event's.</summary>
    private const int NearAfter = 8;

    private readonly List<Token> _tokens = report.Tokens;

    public List<Draft> ReadEvents()
    {
        var events = new List<EventMention>();
        foreach (var info in sentences)
        {
            var (first, end) = (Math.Max(info.Sentence.First, info.DatelineEnd), info.Sentence.End);
            var attacks = ClaimLexicon.AttackWords.FindAll(_tokens, first, end)
                .Where(match => Happened(match.Start, first) && !OneOfMany(match.Start, first))
                .Select(match => new PhraseMatch<ClaimType>(match.Start, match.End, new ClaimType(null, match.Value)))
                .ToList();
            var told = ClaimLexicon.EventWords.FindAll(_tokens, first, end).Concat(SignedAgreements(first, end))
                .Where(match => IsEvent(match, first, end))
                .Select(match => new PhraseMatch<ClaimType>(match.Start, match.End, new ClaimType(match.Value, null)));
            foreach (var match in attacks.Concat(told).OrderBy(match => match.Start))
            {
                // An attack is of the most telling type its sentence gives ("هجوم بسيارة مفخخة" is a bombing).
                var type = match.Value.Attack is null ? match.Value : new ClaimType(null, MostTelling(attacks.Select(attack => attack.Value.Attack!.Value)));

                // "الهجوم", "the attack": a definite mention is the event told before.
                var own = OwnEventDate(info, match.Start);
                var definite = _tokens[match.Start].Conj.StartsWith("ال", StringComparison.Ordinal)
                    || (match.Start > first && _tokens[match.Start - 1].Norm is "the" or "this");
                var same = events.LastOrDefault(other => other.Type.SameKind(type)
                    && (definite || own is null || other.Date is null || (other.Date.Value.From == own.Value.From && other.Date.Value.To == own.Value.To)));
                if (same is not null)
                {
                    same.Sentences.Add(info);
                    same.Date ??= own;
                    if (type.Attack is { } attack && same.Type.Attack is OperationType.Attack)
                    {
                        same.Type = new ClaimType(null, attack);
                    }

                    break;
                }

                events.Add(new EventMention(type, info, own, match.Start));
                break;
            }
        }

        return events.Select(CreateEvent).ToList();
    }

    /// <summary>A bombing, an ambush or an assassination says more of an attack than "attack" does.</summary>
    private static OperationType MostTelling(IEnumerable<OperationType> types)
    {
        var all = types.ToList();
        return all.FirstOrDefault(type => type != OperationType.Attack, OperationType.Attack);
    }

    public List<Draft> ReadStatements()
    {
        var drafts = new List<(string Words, Draft Draft)>();
        var dated = new Dictionary<string, DateMention>(StringComparer.Ordinal);
        Speaker? last = null;
        foreach (var info in sentences)
        {
            var (first, end) = (info.Sentence.First, info.Sentence.End);
            for (var t = first; t < end; t++)
            {
                var continuing = ClaimLexicon.ContinuingVerbs.TryMatch(_tokens, t, end, out var verb);
                if ((!continuing && !ClaimLexicon.SayVerbs.TryMatch(_tokens, t, end, out verb)) || _tokens[t].Conj.StartsWith("ال", StringComparison.Ordinal))
                {
                    // "عدم الكشف عن هويته": a verbal noun with its article says nothing.
                    continue;
                }

                var quoted = QuotedWords(info, verb.Start);
                var words = quoted ?? ReportedClause(verb.End, end);
                if (quoted is null && words is { } clause && GoesOnToQuote(info, clause.End))
                {
                    // "قال …، إن انضمام دمشق جاء في إطار سياسي، مؤكدا أن "سوريا ليست …"": the quoted words are the statement,
                    // the clause before them its context (in the passage).
                    continue;
                }

                var speaker = continuing ? last : SpeakerOf(info, verb, words, last);
                if (speaker is null || words is not { } span)
                {
                    continue;
                }

                last = speaker;
                var date = info.Dates.FirstOrDefault(date => date.Start >= verb.End && _tokens[date.Start].Start < span.Start && date.Role == DateRole.Named);
                if (date is not null)
                {
                    foreach (var key in speaker.Keys)
                    {
                        dated[key] = date;
                    }
                }
                else
                {
                    date = speaker.Keys.Select(key => dated.GetValueOrDefault(key)).FirstOrDefault(found => found is not null);
                }

                t = Math.Max(t, TokenAt(span.End) - 1);
                if (CarriesFigure(span.Start, span.End) || ReportsActivity(span.Start))
                {
                    continue;
                }

                var draft = CreateStatement(info, speaker, span, date);
                if (draft is null)
                {
                    continue;
                }

                var said = report.Text[span.Start..span.End];
                var twice = drafts.FindIndex(other => other.Words == said);
                if (twice >= 0)
                {
                    // The same words told twice (the seed's "سوريا ليست جزءا …") are one statement citing both passages.
                    var earlier = drafts[twice].Draft;
                    drafts[twice] = (said, new Draft
                    {
                        Kind = earlier.Kind,
                        Record = earlier.Record,
                        Quotes = [.. earlier.Quotes, .. draft.Quotes],
                        AttributedTo = earlier.AttributedTo,
                        Confidence = earlier.Confidence,
                        Unresolved = earlier.Unresolved,
                        Missing = earlier.Missing,
                    });
                }
                else
                {
                    drafts.Add((said, draft));
                }
            }

            // A speaker's dated statement dates the words the same speaker goes on to say ("وأضاف كوبر …").
            if (info.OwnAttribution is { } own && info.Dates.FirstOrDefault(date => date.Announcement) is { } announced)
            {
                dated.TryAdd(own.ForceId is { } force ? Speaker.ForceKey(force) : own.Text, announced);
            }
        }

        return drafts.Select(pair => pair.Draft).ToList();
    }

    /// <summary>The speaker goes on, in the same sentence, with a participle and quoted words ("…، مؤكداً أن "…"").</summary>
    private bool GoesOnToQuote(SentenceInfo info, int after)
    {
        var t = TokenAt(after);
        return t < info.Sentence.End && ClaimLexicon.ContinuingVerbs.TryMatch(_tokens, t, info.Sentence.End, out var verb)
            && QuotedWords(info, verb.Start) is { } quote && quote.Start > after;
    }

    /// <summary>The first token that starts at or after character <paramref name="at"/>.</summary>
    private int TokenAt(int at)
    {
        // Tokens are in text order: a binary search.
        var (low, high) = (0, _tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_tokens[middle].Start >= at)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// Who says the words of a speech verb: in Arabic the subject after it ("قال وزير الإعلام السوري، حمزة المصطفى، إن"),
    /// or, with none, the one before it in the sentence (a name the sentence gives) or the speaker before ("وأضاف أن");
    /// in English the sentence's speaker. Null when no one is named (an anonymous source makes no statement).
    /// </summary>
    private Speaker? SpeakerOf(SentenceInfo info, PhraseMatch<bool> verb, (int Start, int End)? words, Speaker? last)
    {
        var end = words is { } span ? Math.Min(info.Sentence.End, TokenAt(span.Start)) : info.Sentence.End;
        if (!_tokens[verb.Start].Arabic)
        {
            return info.Attribution is { } attribution ? Resolve(info, attribution.Start, attribution.End, attribution.ForceId) : null;
        }

        var stop = verb.End;
        var words8 = 0;
        while (stop < end && words8 < 10)
        {
            var token = _tokens[stop];
            if (token.IsWord && (ClaimLexicon.ClauseOpeners.Contains(token.Norm) || ClaimLexicon.ClauseOpeners.Contains(token.Conj)
                || AttributionLexicon.StatementNouns.Contains(TextFolding.Bare(token.Conj))
                || (token.Norm is "في" or "عبر" or "عن" or "خلال" or "الي" or "علي" && stop > verb.End)))
            {
                break;
            }

            if (token.Kind == TokenKind.Symbol && token.Symbol is ':' or '«' or '“')
            {
                break;
            }

            words8 += token.IsWord ? 1 : 0;
            stop++;
        }

        var begin = verb.End;
        while (begin < stop && _tokens[begin].Kind == TokenKind.Symbol && _tokens[begin].Symbol is not '"')
        {
            begin++;
        }

        while (stop > begin && _tokens[stop - 1].Kind == TokenKind.Symbol && _tokens[stop - 1].Symbol is ',' or '،' or '-')
        {
            stop--;
        }

        if (stop > begin && _tokens.Skip(begin).Take(stop - begin).Any(token => token.IsWord))
        {
            return Resolve(info, begin, stop, null);
        }

        // "وقال: …", "وأضاف أن …": the speaker named before in the sentence, else the one before; a verb without its
        // conjunction after its subject ("مسؤولا أمريكيا، طلب عدم الكشف عن هويته، قال") has its own speaker, named or not.
        var named = Resolve(info, info.Sentence.First, verb.Start, null);
        return named is { Named: true } ? named : _tokens[verb.Start].Norm != _tokens[verb.Start].Conj || verb.Start == info.Sentence.First ? last : null;
    }

    /// <summary>The speaker of tokens [start, stop): the persons and forces the gazetteer knows there, else a name after a title (unresolved).</summary>
    private Speaker? Resolve(SentenceInfo info, int start, int stop, long? force)
    {
        var names = info.Names.Where(name => name.Start >= start && name.Start < stop).ToList();
        var person = names.Where(name => name.Entry.Type == GazetteerEntryType.Person).Select(name => (long?)name.Entry.Id).FirstOrDefault()
            ?? info.People.Where(mention => mention.PersonId is not null && mention.Start < stop && mention.End > start).Select(mention => mention.PersonId).FirstOrDefault();
        force ??= names.Where(name => name.Entry.Type == GazetteerEntryType.Force).Select(name => (long?)name.Entry.Id).FirstOrDefault()
            ?? ForceByHead(info, start, stop);
        var unresolved = new List<UnresolvedName>();
        if (person is null && TitledName(start, stop) is { } titled)
        {
            unresolved.Add(Unresolved(titled.Start, titled.End, "person"));
        }

        unresolved.AddRange(info.Unresolved.Where(name => name.Type is GazetteerEntryType.Person or GazetteerEntryType.Force && name.Start >= start && name.Start < stop)
            .Select(name => Unresolved(name.Start, name.End, name.Type.ToString().ToLowerInvariant())));
        var text = report.Slice(start, stop).Trim('"', '“', '”', ' ', '،', ',');
        if (text.Length == 0)
        {
            return null;
        }

        return new Speaker(text, person, force, unresolved.DistinctBy(name => name.Text).ToList());
    }

    /// <summary>
    /// "رئيس الجهاز" after "جهاز مكافحة الإرهاب": a word of the speaker that is the head of a force named as a speaker
    /// before in the report (its first word) stands for that force.
    /// </summary>
    private long? ForceByHead(SentenceInfo info, int start, int stop)
    {
        for (var s = info.Sentence.Index; s >= 0; s--)
        {
            if (sentences[s].OwnAttribution is not { ForceId: { } force } named || !_tokens[named.Start].IsWord)
            {
                continue;
            }

            var head = TextFolding.Bare(_tokens[named.Start].Conj);
            for (var t = start; t < stop; t++)
            {
                if (_tokens[t].IsWord && _tokens[t].Arabic && _tokens[t].Conj.StartsWith("ال", StringComparison.Ordinal) && _tokens[t].BareForms.Contains(head))
                {
                    return force;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A person named after a title ("وزير الخارجية أسعد الشيباني", "مندوب سوريا …، إبراهيم علبي", "Gen. Michael Erik Kurilla"):
    /// the last two words of the speaker in Arabic, the capitalised words after the title in English.
    /// </summary>
    private (int Start, int End)? TitledName(int start, int stop)
    {
        // The last title before the name: "قائد عمليات كركوك، اللواء الركن صباح العبيدي".
        var title = Enumerable.Range(start, Math.Max(0, stop - start)).LastOrDefault(t => _tokens[t].IsWord
            && (ClaimLexicon.Titles.Contains(_tokens[t].Norm) || ClaimLexicon.Titles.Contains(_tokens[t].Conj)), -1);
        if (title < 0)
        {
            return null;
        }

        if (!_tokens[title].Arabic)
        {
            var first = title + 1;
            while (first < stop && !_tokens[first].IsWord)
            {
                first++;
            }

            var last = first;
            while (last < stop && _tokens[last].IsWord && _tokens[last].Capitalized)
            {
                last++;
            }

            return last - first >= 2 ? (first, last) : null;
        }

        // The name: the first word after the title (and its complement) with no article that is no place or particle,
        // and the word after it ("وزير الإعلام السوري حمزة المصطفى", "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي").
        for (var t = title + 1; t < Math.Min(stop - 1, title + 12); t++)
        {
            var token = _tokens[t];
            if (!token.IsWord || !token.Arabic || token.Conj.StartsWith("ال", StringComparison.Ordinal) || ClaimLexicon.NotNames.Contains(token.Conj)
                || ClaimLexicon.Titles.Contains(token.Norm) || PlaceLexicon.Places.TryMatch(_tokens, t, t + 1, out _) || NumberLexicon.Words.ContainsKey(token.Conj))
            {
                continue;
            }

            var next = _tokens[t + 1];
            if (next.IsWord && next.Arabic && !ClaimLexicon.NotNames.Contains(next.Conj) && !PlaceLexicon.Places.TryMatch(_tokens, t + 1, t + 2, out _))
            {
                return (t, t + 2);
            }
        }

        return null;
    }

    /// <summary>Words that report what forces did ("القوات صادرت …", "جرى ضبط …"): the records tell it, not a statement.</summary>
    private bool ReportsActivity(int start)
    {
        var t = TokenAt(start);
        for (var seen = 0; t < _tokens.Count && seen < 5; t++)
        {
            if (!_tokens[t].IsWord)
            {
                continue;
            }

            if (ClaimLexicon.ActivityVerbs.Contains(_tokens[t].Conj) || ClaimLexicon.ActivityVerbs.Contains(_tokens[t].Norm))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    // ---- Events --------------------------------------------------------------------------------------------------

    /// <summary>
    /// "وقعت الحكومة العراقية وقوات سوريا الديمقراطية، أمس الخميس، اتفاقاً": a verb of signing with its agreement a few
    /// words on, in the same clause (a signing verb alone is no agreement: "وقع انفجار" is an explosion).
    /// </summary>
    private IEnumerable<PhraseMatch<EventType>> SignedAgreements(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!_tokens[t].IsWord || !(ClaimLexicon.SigningVerbs.Contains(_tokens[t].Norm) || ClaimLexicon.SigningVerbs.Contains(_tokens[t].Conj)))
            {
                continue;
            }

            for (var k = t + 1; k < Math.Min(end, t + 14); k++)
            {
                if (_tokens[k].IsSymbol('.') || _tokens[k].IsSymbol(';'))
                {
                    break;
                }

                if (_tokens[k].IsWord && _tokens[k].BareForms.Any(ClaimLexicon.AgreementNouns.Contains))
                {
                    yield return new PhraseMatch<EventType>(t, k + 1, EventType.Agreement);
                    t = k;
                    break;
                }
            }
        }
    }

    /// <summary>Whether the words before a word of attack or event say it happened (not "أحبطت هجوماً", "foiled an attack").</summary>
    private bool Happened(int at, int first)
    {
        for (var t = at - 1; t >= Math.Max(first, at - 3); t--)
        {
            if (_tokens[t].IsWord && (ClaimLexicon.NotHappened.Contains(_tokens[t].Norm) || ClaimLexicon.NotHappened.Contains(_tokens[t].Conj)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the words before a word of attack make it one of many: counted ("240 هجوماً", read as a figure) or not
    /// ("عمليات الاغتيال"), not one attack.
    /// </summary>
    private bool OneOfMany(int at, int first)
    {
        if (at > first && _tokens[at - 1].Kind == TokenKind.Number)
        {
            return true;
        }

        for (var t = at - 1; t >= Math.Max(first, at - 3); t--)
        {
            if (_tokens[t].IsWord && _tokens[t].BareForms.Any(ClaimLexicon.ManyWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsEvent(PhraseMatch<EventType> match, int first, int end)
    {
        if (!Happened(match.Start, first))
        {
            return false;
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
            && fact.DateStrength is not DateStrength.Publication)
        {
            return (fact.From, fact.To, fact.Precision);
        }

        // A date well after the event's word belongs to another clause ("… التحالف الذي تأسس عام 2014").
        var date = info.Dates.Where(date => !date.Announcement && date.Role is DateRole.Named && date.Start < at + NearAfter)
            .MinBy(date => Math.Abs(date.Start - at));
        return date is null ? null : (date.From, date.To, date.Precision);
    }

    /// <summary>An undated event: the figures' date in the sentences around it, else the statement's date, else the publication day.</summary>
    private (DateOnly From, DateOnly To, DatePrecision Precision) FallbackDate(SentenceInfo info)
    {
        var near = facts.Where(fact => fact.IsEvent && Math.Abs(info.Sentence.Paragraph - sentences[fact.Sentence].Sentence.Paragraph) <= 1
                && fact.DateStrength is not DateStrength.Publication)
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
        var attack = mention.Type.Attack;

        // One attack the report tells is an operation of the insurgent side, of count 1 (docs/api.md, "Operations
        // against ISIS and attacks by ISIS"); an operation has no camp of its own.
        var record = new DraftRecord
        {
            Count = attack is null ? CountOf(mention.Type.Event!.Value, first, mention.At) : new CountRequest { Best = 1, Qualifier = CountQualifier.Exact },
            Title = quotes[0].Text,
            Type = attack,
            EventType = mention.Type.Event,
            ForceIds = forces,
            StartDate = date.From,
            EndDate = date.To != date.From ? date.To : null,
            DatePrecision = date.Precision,
            Country = place.Country,
            Region = place.Region,
            Locality = place.Locality,
            CampId = attack is null ? place.CampId : null,
        };
        var attribution = mention.Sentences.Select(info => info.Attribution).FirstOrDefault(found => found is not null);
        return new Draft
        {
            Kind = attack is null ? DraftKinds.Events : DraftKinds.Operations,
            Record = record,
            Quotes = quotes,
            AttributedTo = attribution is null ? null : new DraftAttribution(attribution.ForceId, attribution.Text),
            Confidence = Math.Round(0.55 + (mention.Date is null ? 0 : 0.15) + (attribution is null ? 0 : 0.05) + (forces.Count > 0 ? 0.05 : 0), 2),
            Missing = record.Country is null ? ["country"] : [],
        };
    }

    /// <summary>
    /// The figure an event carries, where the kind has one: a coalition's members once it is joined ("العضو رقم 90",
    /// "العضو التسعين", "its 90th member"); the agreements signed, 1, or 0 when the text says none was ("لم يتم توقيع اتفاق").
    /// Other events have none.
    /// </summary>
    private CountRequest? CountOf(EventType type, SentenceInfo info, int at)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        if (type == EventType.Agreement)
        {
            var negated = Enumerable.Range(Math.Max(first, at - 3), at - Math.Max(first, at - 3))
                .Any(t => _tokens[t].IsWord && ClaimLexicon.Negations.Contains(_tokens[t].Conj));
            return new CountRequest { Best = negated ? 0 : 1, Qualifier = CountQualifier.Exact };
        }

        if (type != EventType.CoalitionMembership)
        {
            return null;
        }

        for (var t = first; t < end - 1; t++)
        {
            if (!_tokens[t].IsWord || !ClaimLexicon.MemberWords.Contains(TextFolding.Bare(_tokens[t].Conj)))
            {
                continue;
            }

            var next = t + 1;
            if (_tokens[next].IsWord && _tokens[next].Norm is "رقم" or "no")
            {
                next++;
            }

            if (next < end && _tokens[next].IsNumber)
            {
                return new CountRequest { Best = (int)_tokens[next].Value, Qualifier = CountQualifier.Exact };
            }

            if (next < end && _tokens[next].IsWord && NumberLexicon.Words.TryGetValue(TextFolding.Bare(_tokens[next].Conj), out var ordinal) && ordinal.Value > 1)
            {
                return new CountRequest { Best = (int)ordinal.Value, Qualifier = CountQualifier.Exact };
            }
        }

        return null;
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

            var end = ClosingMark(text, i, close);
            if (end < 0)
            {
                continue;
            }

            var paragraphBreak = text.IndexOf('\n', i + 1, end - i - 1);
            var words = text[(i + 1)..end].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (paragraphBreak < 0 && words >= MinQuotedWords && (i > verbAt || !_tokens[verb].Arabic))
            {
                return (i + 1, end);
            }

            i = end;
        }

        return null;
    }

    /// <summary>
    /// Where the quotation opened at <paramref name="open"/> closes, or -1. A straight mark (") both opens and closes,
    /// and reports nest names in quotes inside quoted words ("… ضد "داعش"، والذي …"): a mark with a word right after it
    /// and a space before it opens a nested quotation, any other closes the innermost one.
    /// </summary>
    private static int ClosingMark(string text, int open, char close)
    {
        var limit = Math.Min(text.Length, open + MaxQuoteLength);
        var depth = 0;
        for (var i = open + 1; i < limit; i++)
        {
            if (text[i] == '\n' && (i + 1 >= limit || text[i + 1] == '\n'))
            {
                return -1;
            }

            if (text[i] != close)
            {
                continue;
            }

            var opensNested = close == '"' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '،' or ',');
            if (opensNested)
            {
                depth++;
            }
            else if (depth == 0)
            {
                return i;
            }
            else
            {
                depth--;
            }
        }

        return -1;
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

            // The clause ends where the sentence goes on to other words said ("…، بينما صرح قائد …", "…، مؤكداً أن …").
            var last = t + 1;
            while (last < end && !(last > t + 1 && _tokens[last].IsWord && (ClaimLexicon.SayVerbs.TryMatch(_tokens, last, end, out _)
                || ClaimLexicon.ContinuingVerbs.TryMatch(_tokens, last, end, out _) || ClaimLexicon.ClauseBreaks.Contains(_tokens[last].Conj))))
            {
                last++;
            }

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

    private Draft? CreateStatement(SentenceInfo info, Speaker speaker, (int Start, int End) words, DateMention? madeOn)
    {
        if (speaker.PersonId is null && speaker.ForceId is null && speaker.Unresolved.Count == 0)
        {
            // An anonymous speaker ("مصادر محلية", "a security source", "state media") makes no statement: a named one does.
            return null;
        }

        var medium = ClaimLexicon.Media.FindAll(_tokens, info.Sentence.First, info.Sentence.End)
            .Where(match => _tokens[match.Start].Start < words.Start || _tokens[match.Start].Start >= words.End)
            .Select(match => (StatementMedium?)match.Value).FirstOrDefault();
        var about = sentences.Where(other => _tokens[other.Sentence.First].Start < words.End && _tokens[other.Sentence.End - 1].End > words.Start)
            .SelectMany(other => other.Names)
            .Where(name => _tokens[name.Start].Start >= words.Start && _tokens[name.End - 1].End <= words.End
                && !(name.Entry.Type == GazetteerEntryType.Force && name.Entry.Id == speaker.ForceId)
                && !(name.Entry.Type == GazetteerEntryType.Person && name.Entry.Id == speaker.PersonId))
            .Select(name => new DraftAbout(name.Entry.Type switch { GazetteerEntryType.Force => "forces", GazetteerEntryType.Camp => "camps", _ => "persons" }, name.Entry.Id))
            .Distinct()
            .ToList();
        var passage = Passage(info);
        if (words.Start < passage.Start || words.End > passage.End)
        {
            // Quoted words that run past their sentence: the passage is the verb's sentence to the closing mark.
            var (start, stop) = (Math.Min(passage.Start, words.Start), Math.Min(report.Text.Length, Math.Max(passage.End, words.End + 1)));
            passage = new DraftQuote(report.Text[start..stop], start, stop);
        }

        var record = new DraftRecord
        {
            PersonId = speaker.PersonId,
            ForceId = speaker.ForceId,
            MadeOn = madeOn?.From,
            DatePrecision = madeOn?.Precision,
            Medium = medium,
            Quote = report.Text[words.Start..words.End],
            About = about,
        };
        var named = speaker.PersonId is not null || speaker.ForceId is not null;
        return new Draft
        {
            Kind = DraftKinds.Statements,
            Record = record,
            Quotes = [passage],
            AttributedTo = new DraftAttribution(speaker.ForceId, speaker.Text),
            Confidence = Math.Round(0.6 + (named ? 0.15 : 0) + (madeOn is not null ? 0.1 : 0), 2),
            Unresolved = speaker.Unresolved.Where(name => name.Type == "person" ? speaker.PersonId is null : speaker.ForceId is null).ToList(),
        };
    }

    private UnresolvedName Unresolved(int first, int end, string type)
    {
        var (start, stop) = (_tokens[first].Start, _tokens[end - 1].End);
        return new UnresolvedName(report.Text[start..stop], type, start, stop);
    }

    /// <summary>Who says words: the text naming them, the person and force the gazetteer knows, the names it does not, and a key to know them again.</summary>
    private sealed record Speaker(string Text, long? PersonId, long? ForceId, List<UnresolvedName> Unresolved)
    {
        public bool Named => PersonId is not null || ForceId is not null || Unresolved.Count > 0;

        /// <summary>How the speaker is known again: the person, then the force they speak for, then the words naming them.</summary>
        public IEnumerable<string> Keys
        {
            get
            {
                if (PersonId is { } person)
                {
                    yield return FormattableString.Invariant($"person {person}");
                }

                foreach (var name in Unresolved.Where(name => name.Type == "person"))
                {
                    yield return name.Text;
                }

                if (ForceId is { } force)
                {
                    yield return ForceKey(force);
                }

                yield return Text;
            }
        }

        public static string ForceKey(long force) => FormattableString.Invariant($"force {force}");
    }

    private sealed class EventMention(ClaimType type, SentenceInfo first, (DateOnly From, DateOnly To, DatePrecision Precision)? date, int at)
    {
        public ClaimType Type { get; set; } = type;

        /// <summary>The token of the first word that told the event.</summary>
        public int At { get; } = at;

        public List<SentenceInfo> Sentences { get; } = [first];
        public (DateOnly From, DateOnly To, DatePrecision Precision)? Date { get; set; } = date;
    }

    /// <summary>What a word tells: an attack (an operation of the insurgent side) or an event of a type; one of the two.</summary>
    private readonly record struct ClaimType(EventType? Event, OperationType? Attack)
    {
        /// <summary>Mentions of one thing: any attacks ("the bombing" after "an attack"), or events of one type.</summary>
        public bool SameKind(ClaimType other) => Attack is not null ? other.Attack is not null : other.Event == Event;
    }
}
