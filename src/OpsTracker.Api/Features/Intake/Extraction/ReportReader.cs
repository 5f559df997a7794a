using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Reads one report into facts, sentence by sentence: its dates, names, places, speakers and named people first, then
/// each figure with the kind of fact it is (from the trigger words before it, the noun after it, the verb after its
/// noun, or the frame of its clause: a camp and its residents, prisons and their detainees, a group's active fighters),
/// who it is about, when, where, by whom and who says so. <see cref="FactMerger"/> then makes one draft of one fact.
/// </summary>
internal sealed class ReportReader
{
    private static readonly HashSet<string> NounPhraseStops = TextFolding.Set(

        "في", "خلال", "بعد", "قبل", "جراء", "اثر", "منذ", "علي", "عن", "الي", "حتي", "عند", "قرب", "داخل", "ضمن", "بحسب", "وفق", "مقارنه",
        "in", "on", "at", "near", "during", "after", "before", "since", "by", "with", "when", "who", "which", "that", "were", "was",
        "are", "is", "have", "has", "had", "been", "being", "will", "would", "said", "across", "inside", "compared", "down", "from",
        "to", "under", "according", "remain", "remained", "including", "while");

    private static readonly HashSet<string> Auxiliaries = TextFolding.Set(

        "were", "was", "are", "is", "have", "has", "had", "been", "being", "reportedly", "also", "all", "still", "later", "found",
        "believed", "thought", "to", "be", "and", "كذلك", "ايضا", "جميعا");

    private static readonly HashSet<string> Blockers = TextFolding.Set(

        "تدمير", "ضبط", "مصادره", "تفكيك", "العثور", "destroyed", "destroying", "seized", "seizing", "dismantled", "confiscated",
        "discovered", "uncovered");

    private readonly TokenizedReport _report;
    private readonly List<Token> _tokens;
    private readonly DateOnly _published;
    private readonly Gazetteer _gazetteer;
    private readonly SentenceInfo[] _sentences;
    private readonly bool[] _inDate;
    private readonly bool[] _inCount;
    private readonly bool[] _inFigure;
    private bool? _mentionsIsis;

    public ReportReader(TokenizedReport report, DateOnly published, Gazetteer gazetteer)
    {
        _report = report;
        _tokens = report.Tokens;
        _published = published;
        _gazetteer = gazetteer;
        _sentences = report.Sentences.Select(sentence => new SentenceInfo(sentence)).ToArray();
        _inDate = new bool[_tokens.Count];
        _inCount = new bool[_tokens.Count];
        _inFigure = new bool[_tokens.Count];
    }

    public IReadOnlyList<SentenceInfo> Sentences => _sentences;

    public List<Fact> Read()
    {
        var dates = new DateReader(_published);
        foreach (var info in _sentences)
        {
            var (first, end) = (info.Sentence.First, info.Sentence.End);
            FindDateline(info);
            info.Dates.AddRange(dates.ReadAll(_tokens, first, end).Where(date => date.Start >= info.DatelineEnd || date.End <= first));
            foreach (var date in info.Dates)
            {
                for (var t = date.Start; t < date.End; t++)
                {
                    _inDate[t] = true;
                }
            }

            info.Names.AddRange(_gazetteer.FindAll(_tokens, first, end));
            info.Places.AddRange(PlaceLexicon.Places.FindAll(_tokens, Math.Max(first, info.DatelineEnd), end)
                .Where(place => !IsInsideName(info, place.Start))
                .Select(place => AfterDirection(place.Start, first) ? place with { Value = Relative(place.Value) } : place));
            info.RefersBack = ReaderLexicon.ReferBack.Any(_tokens, first, end);
            FindAttribution(info);
            FindPeople(info);
            FindUnresolved(info);
        }

        Attribution? current = null;
        foreach (var info in _sentences)
        {
            current = info.OwnAttribution ?? current;
            info.Attribution = current;
        }

        var facts = new List<Fact>();
        foreach (var info in _sentences)
        {
            facts.AddRange(FindFacts(info, facts));
        }

        return facts;
    }

    // ---- Sentence analysis -------------------------------------------------------------------------------------

    private void FindDateline(SentenceInfo info)
    {
        var sentence = info.Sentence;
        var isParagraphStart = sentence.Index == 0 || _sentences[sentence.Index - 1].Sentence.Paragraph != sentence.Paragraph;
        if (!isParagraphStart || sentence.IsTitle)
        {
            return;
        }

        for (var t = sentence.First; t < Math.Min(sentence.End, sentence.First + 9); t++)
        {
            var token = _tokens[t];
            if (token.Kind == TokenKind.Symbol && token.Symbol is '-' or '–' or '—' && t > sentence.First && !_tokens[t - 1].IsNumber
                && (token.SpaceBefore || _tokens[t - 1].IsSymbol(')') || _tokens[t - 1].Arabic))
            {
                info.DatelineEnd = t + 1;
                return;
            }

            if (token.IsWord && !token.AllCaps && !token.Arabic && t > sentence.First && !_tokens[t - 1].IsSymbol(',') && !token.Capitalized)
            {
                return;
            }
        }
    }

    /// <summary>"شمالي بغداد", "north of Baghdad": near a place, not in it.</summary>
    private bool AfterDirection(int place, int first)
    {
        for (var t = place - 1; t >= Math.Max(first, place - 2); t--)
        {
            if (_tokens[t].IsWord && PlaceLexicon.Directions.Contains(_tokens[t].Conj))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A place named only as a bearing: a region stays the country's, a town its region's.</summary>
    private static Place Relative(Place place) => place.Locality is not null ? place with { Locality = null } : new Place(place.Country);

    private bool IsInsideName(SentenceInfo info, int token)
    {
        foreach (var name in info.Names)
        {
            if (name.Start <= token && token < name.End)
            {
                return true;
            }
        }

        return false;
    }

    private void FindAttribution(SentenceInfo info)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        Attribution? found = null;
        for (var t = first; t < end && found is null; t++)
        {
            if (AttributionLexicon.AccordingTo.TryMatch(_tokens, t, end, out var according))
            {
                // "بحسب ما أعلنته قسد", "وفق ما أفادت به مصادر محلية": the source after the verb.
                var from = according.End;
                while (from < end && _tokens[from].IsWord && (_tokens[from].Norm is "ما" or "به" or "عنه" || AttributionLexicon.SpeechVerbs.TryMatch(_tokens, from, end, out _)))
                {
                    from++;
                }

                var stop = SubjectEnd(from, end, english: !_tokens[t].Arabic);
                if (stop > from)
                {
                    found = MakeAttribution(info, from, stop);
                }

                continue;
            }

            if (!AttributionLexicon.SpeechVerbs.TryMatch(_tokens, t, end, out var verb))
            {
                continue;
            }

            if (_tokens[t].Arabic)
            {
                var start = verb.End;
                while (start < end && (_tokens[start].Kind == TokenKind.Symbol || _inDate[start]))
                {
                    start++;
                }

                var stop = SubjectEnd(start, end, english: false);
                found = stop > start ? MakeAttribution(info, start, stop) : null;
                MarkAnnouncementDates(info, t, Math.Max(stop, verb.End) + 4);
                if (found is null && info.Sentence.Index > 0)
                {
                    // "وأضاف أن …": the speaker of the sentence before goes on.
                    found = _sentences[info.Sentence.Index - 1].Attribution;
                }
            }
            else
            {
                var start = t - 1;
                var words = 0;
                while (start >= first && words < 8 && !(_tokens[start].Kind == TokenKind.Symbol && _tokens[start].Symbol is ',' or '"' or '“' or '”')
                    && !(_tokens[start].IsWord && _tokens[start].Norm is "that" or "and"))
                {
                    words++;
                    start--;
                }

                start++;
                if (start < t)
                {
                    found = MakeAttribution(info, start, t);
                }
                else if (verb.End < end)
                {
                    // "said Gen. Michael Erik Kurilla": the speaker follows.
                    var stop = SubjectEnd(verb.End, end, english: true);
                    found = stop > verb.End ? MakeAttribution(info, verb.End, stop) : null;
                }

                MarkAnnouncementDates(info, t, verb.End + 5);
            }
        }

        if (found is null && info.Sentence.IsTitle)
        {
            // "قسد: مصرع اثنين من عناصرنا", "Pentagon: …": a headline's speaker before its colon.
            for (var t = first; t < Math.Min(end, first + 6); t++)
            {
                if (_tokens[t].IsSymbol(':'))
                {
                    found = t > first ? MakeAttribution(info, first, t) : null;
                    break;
                }
            }
        }

        info.OwnAttribution = found;
    }

    private int SubjectEnd(int start, int end, bool english)
    {
        var stop = start;
        var words = 0;
        while (stop < end && words < 8)
        {
            var token = _tokens[stop];
            if (_inDate[stop])
            {
                break;
            }

            if (token.Kind == TokenKind.Symbol && token.Symbol is not ('(' or ')' or '"' or '“' or '”' or '\'' or '’' or '.' or '-'))
            {
                break;
            }

            if (token.IsWord && stop > start && (AttributionLexicon.SubjectEnd.Contains(token.Norm) || AttributionLexicon.SubjectEnd.Contains(token.Conj)
                || (english && token.Norm is "said" or "says" or "told" or "added")))
            {
                // "مصادر في إدارة مخيم الهول" goes on; "قسد في بيان" ends.
                var next = stop + 1 < end ? _tokens[stop + 1] : null;
                if (!(token.Norm == "في" && next is { IsWord: true } && !_inDate[stop + 1] && !AttributionLexicon.StatementNouns.Contains(TextFolding.Bare(next.Norm))))
                {
                    break;
                }
            }

            if (token.IsWord && !english && (token.Norm is "ان" or "انه" or "انها" or "بان" || stop == start && token.Norm is "الي" or "علي" or "عن"))
            {
                break;
            }

            if (token.IsNumber || token.IsWord && stop > start && FactLexicon.Triggers.TryMatch(_tokens, stop, end, out _))
            {
                break;
            }

            if (token.IsWord)
            {
                words++;
            }

            stop++;
        }

        while (stop > start && _tokens[stop - 1].Kind == TokenKind.Symbol && _tokens[stop - 1].Symbol is not (')' or '"' or '”'))
        {
            stop--;
        }

        return stop;
    }

    private Attribution MakeAttribution(SentenceInfo info, int start, int stop)
    {
        long? force = null;
        foreach (var name in info.Names)
        {
            if (name.Start >= start && name.Start < stop && name.Entry.Type == GazetteerEntryType.Force)
            {
                force = name.Entry.Id;
                break;
            }
        }

        var text = _report.Slice(start, stop).Trim('"', '“', '”', ' ');
        if (force is null && stop - start <= 2 && _tokens[start].IsWord)
        {
            // "وقالت القيادة", "وذكر الجهاز": the head noun of a speaker named before.
            var head = TextFolding.Bare(_tokens[start].Conj);
            for (var s = info.Sentence.Index - 1; s >= 0 && force is null; s--)
            {
                if (_sentences[s].OwnAttribution is { ForceId: { } earlier } named && _tokens[named.Start].IsWord
                    && _tokens[named.Start].Forms.Any(form => TextFolding.Bare(form) == head))
                {
                    force = earlier;
                }
            }
        }

        return new Attribution(text, force, start, stop);
    }

    /// <summary>A date right after a speech verb and its subject dates the statement ("أعلنت …، اليوم الخميس، مقتل", "said on Monday").</summary>
    private void MarkAnnouncementDates(SentenceInfo info, int verb, int limit)
    {
        foreach (var date in info.Dates)
        {
            if (date.Start > verb && date.Start <= limit && !Enumerable.Range(verb, date.Start - verb).Any(t => _tokens[t].IsNumber)
                && !HasTriggerBetween(verb + 1, date.Start))
            {
                date.Announcement = true;
            }
        }

        // A dateline's date is the date of writing.
        foreach (var date in info.Dates)
        {
            if (date.End <= info.DatelineEnd)
            {
                date.Announcement = true;
            }
        }
    }

    private bool HasTriggerBetween(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            // "released a report", "نشرت بياناً": the verbs of publishing are not facts.
            if (FactLexicon.Triggers.TryMatch(_tokens, t, end, out var match) && match.Value.Role != FactRole.Operation && match.Value.TransferKind != "release")
            {
                return true;
            }
        }

        return false;
    }

    private void FindPeople(SentenceInfo info)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        for (var t = first; t < end; t++)
        {
            if (!AttributionLexicon.RoleNouns.TryMatch(_tokens, t, end, out var role) || _tokens[t].Kind != TokenKind.Word
                || (_tokens[t].Arabic && !AttributionLexicon.IsArabicRole(_tokens[t])))
            {
                continue;
            }

            // The role may go on: "القيادي في تنظيم داعش", "a senior ISIS official".
            var nameStart = role.End;
            if (nameStart < end && _tokens[nameStart].IsWord && _tokens[nameStart].Conj is "في" or "ب" or "of" or "in")
            {
                nameStart++;
            }

            while (nameStart < end && (IsGroupWord(nameStart) || _tokens[nameStart].IsSymbol(',') || _tokens[nameStart].IsSymbol('"')))
            {
                nameStart++;
            }

            var nameEnd = NameEnd(nameStart, end);
            if (CountWords(nameStart, nameEnd) < 2)
            {
                // A single word after a title is a description ("مسؤول أمني"), not a name.
                continue;
            }

            var name = _report.Slice(nameStart, nameEnd);
            var (alias, afterAlias) = ReadAlias(nameEnd, end);
            var nationality = ReadNationality(afterAlias, end);
            var person = _gazetteer.FindPerson(name) ?? (alias is null ? null : _gazetteer.FindPerson(alias));
            info.People.Add(new PersonMention
            {
                Start = t,
                End = Math.Max(afterAlias, nameEnd),
                Name = name,
                Alias = alias is null ? null : TextFolding.NominativeKunya(alias),
                Nationality = nationality,
                Role = _report.Slice(t, nameStart).Trim(' ', ',', '،', '"'),
                PersonId = person?.Id,
                NameStart = nameStart,
                NameEnd = nameEnd,
            });
            if (person is null)
            {
                info.Unresolved.Add(new UnresolvedMention(name, GazetteerEntryType.Person, nameStart, nameEnd));
            }

            t = Math.Max(afterAlias, nameEnd) - 1;
        }
    }

    private bool IsGroupWord(int t)
    {
        var token = _tokens[t];
        if (!token.IsWord)
        {
            return false;
        }

        return AffiliationLexicon.Words.TryMatch(_tokens, t, t + 1, out var match) && match.Value == CasualtyAffiliation.Isis
            || _gazetteer.TryMatch(_tokens, t, Math.Min(_tokens.Count, t + 5), out var name) && name.Entry.ForceKind == ForceKind.InsurgentGroup
            || token.Norm is "تنظيم" or "senior" or "top" or "the" or "a" or "an" or "بارز" or "كبير" or "ما" or "يسمي" or "isis" or "isil"
            || (t > 0 && _gazetteer.TryMatch(_tokens, t - 1, Math.Min(_tokens.Count, t + 4), out var spanning) && spanning.End > t && spanning.Start < t);
    }

    private int CountWords(int start, int end) => Enumerable.Range(start, Math.Max(0, end - start)).Count(t => _tokens[t].IsWord);

    private int NameEnd(int start, int end)
    {
        var t = start;
        var words = 0;
        var arabic = start < end && _tokens[start].Arabic;
        var kunya = start < end && TextFolding.Kunya(_tokens[start].Norm) == "ابو";
        while (t < end && words < (arabic ? kunya ? 4 : 3 : 5))
        {
            var token = _tokens[t];
            if (token.IsSymbol('-') && !token.SpaceBefore && !arabic)
            {
                t++;
                continue;
            }

            if (_sentences[token.Sentence].Names.Any(name => name.Start <= t && t < name.End && name.Entry.Type != GazetteerEntryType.Person))
            {
                break;
            }

            // "Abu Yusif al-Iraqi": a nisba after "al-" is part of the name.
            var nisba = !arabic && t >= 2 && _tokens[t - 1].IsSymbol('-') && _tokens[t - 2].Norm == "al";

            if (!token.IsWord || _inDate[t] || AttributionLexicon.NameStops.Contains(token.Norm) || AttributionLexicon.AliasIntroducers.TryMatch(_tokens, t, end, out _)
                || NationalityLexicon.CodeOf(token) is not null && t > start && !nisba || FactLexicon.Triggers.TryMatch(_tokens, t, end, out _)
                || AttributionLexicon.SpeechVerbs.TryMatch(_tokens, t, end, out _) || PlaceLexicon.Places.TryMatch(_tokens, t, end, out _))
            {
                break;
            }

            if (!arabic && !token.Capitalized && token.Norm is not ("al" or "bin" or "ibn" or "abu" or "abd"))
            {
                break;
            }

            words++;
            t++;
        }

        return t;
    }

    private (string? Alias, int End) ReadAlias(int start, int end)
    {
        var t = start;
        while (t < end && _tokens[t].Kind == TokenKind.Symbol && _tokens[t].Symbol is ',' or '،')
        {
            t++;
        }

        if (t >= end || !AttributionLexicon.AliasIntroducers.TryMatch(_tokens, t, end, out var introducer))
        {
            return (null, start);
        }

        t = introducer.End;
        if (t < end && _tokens[t].IsWord && _tokens[t].Norm == "ب")
        {
            t++;
        }

        if (t < end && _tokens[t].Kind == TokenKind.Symbol && _tokens[t].Symbol is '"' or '“' or '«')
        {
            var close = t + 1;
            while (close < end && !(_tokens[close].Kind == TokenKind.Symbol && _tokens[close].Symbol is '"' or '”' or '»'))
            {
                close++;
            }

            if (close < end && close - t <= 8)
            {
                return (_report.Slice(t + 1, close), close + 1);
            }
        }

        var aliasEnd = NameEnd(t, end);
        return aliasEnd > t ? (_report.Slice(t, aliasEnd), aliasEnd) : (null, start);
    }

    private string? ReadNationality(int start, int end)
    {
        for (var t = start; t < Math.Min(end, start + 8); t++)
        {
            if (NationalityLexicon.CodeOf(_tokens[t]) is { } code)
            {
                var next = t + 1 < end ? _tokens[t + 1].Norm : "";
                var previous = t > 0 ? _tokens[t - 1].Norm : "";
                if (next is "الجنسيه" or "national" or "citizen" or "nationality" || previous is "الجنسيه" or "وهو" or "وهي" or "an" or "a")
                {
                    return code;
                }
            }
        }

        return null;
    }

    private void FindUnresolved(SentenceInfo info)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        for (var t = first; t < end; t++)
        {
            if (IsInsideName(info, t))
            {
                continue;
            }

            var token = _tokens[t];

            // "مخيم العريشة", "al-Arisha camp": a camp by name that the gazetteer does not hold.
            if (token.IsWord && FactLexicon.CampWords.TryMatch(_tokens, t, end, out var camp) && !token.Conj.StartsWith("ال", StringComparison.Ordinal))
            {
                var next = camp.End;
                while (next < end && _tokens[next].Kind == TokenKind.Symbol && _tokens[next].Symbol is '(' or '"' or '“')
                {
                    next++;
                }

                if (next < end && _tokens[next].IsWord && _tokens[next].Arabic && !IsInsideName(info, next) && IsProperWord(next))
                {
                    info.Unresolved.Add(new UnresolvedMention(_report.Slice(next, next + 1), GazetteerEntryType.Camp, next, next + 1));
                }
                else if (!token.Arabic && t > first && _tokens[t - 1].Capitalized && !IsInsideName(info, t - 1) && _tokens[t - 1].Norm is not ("the" or "a"))
                {
                    var nameStart = t - 1;
                    while (nameStart > first && (_tokens[nameStart - 1].Capitalized || _tokens[nameStart - 1].IsSymbol('-')) && !IsInsideName(info, nameStart - 1))
                    {
                        nameStart--;
                    }

                    info.Unresolved.Add(new UnresolvedMention(_report.Slice(nameStart, t), GazetteerEntryType.Camp, nameStart, t));
                }

                continue;
            }

            // "قيادة العمليات المشتركة", "خلية الإعلام الأمني": a force by name that the gazetteer does not hold.
            if (token.IsWord && token.Arabic && ReaderLexicon.ForceHeads.TryMatch(_tokens, t, end, out var head) && head.End < end && _tokens[head.End].IsWord
                && !IsInsideName(info, head.End) && info.OwnAttribution is { } speaker && t >= speaker.Start && t < speaker.End)
            {
                var stop = head.End;
                while (stop < end && stop - head.End < 3 && _tokens[stop].IsWord && IsProperWord(stop) && !IsInsideName(info, stop))
                {
                    stop++;
                }

                if (stop > head.End)
                {
                    info.Unresolved.Add(new UnresolvedMention(_report.Slice(t, stop), GazetteerEntryType.Force, t, stop));
                    t = stop - 1;
                }
            }
        }
    }

    /// <summary>A word that may be part of a name: not a date, number, lexicon word or particle.</summary>
    private bool IsProperWord(int t)
    {
        var token = _tokens[t];
        return token.IsWord && !_inDate[t] && !AttributionLexicon.NameStops.Contains(token.Norm)
            && token.Norm is not ("مثل" or "داخل" or "الذي" or "التي" or "اللذين" or "شرقي" or "غربي" or "شمالي" or "جنوبي" or "السوري" or "العراقي" or "وحدها" or "نفسه" or "ذاته")
            && !(FactLexicon.Triggers.TryMatch(_tokens, t, t + 1, out var trigger) && trigger.Value.Position != TriggerPosition.Noun)
            && !AttributionLexicon.SpeechVerbs.TryMatch(_tokens, t, t + 1, out _)
            && !PlaceLexicon.Places.TryMatch(_tokens, t, t + 1, out _) && !FactLexicon.PersonNouns.TryMatch(_tokens, t, t + 1, out _)
            && NationalityLexicon.CodeOf(token) is null && !NumberLexicon.Words.ContainsKey(token.Conj);
    }

    // ---- Figures and their kind ---------------------------------------------------------------------------------

    private List<Fact> FindFacts(SentenceInfo info, List<Fact> earlier)
    {
        var counts = FindCounts(info);
        var facts = new List<Fact>();
        Fact? previous = null;
        foreach (var count in counts)
        {
            var fact = Classify(info, count, previous, facts, earlier);
            if (fact is null)
            {
                continue;
            }

            facts.Add(fact);
            previous = fact;
        }

        return facts;
    }

    private List<CountMention> FindCounts(SentenceInfo info)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        var counts = new List<CountMention>();
        for (var t = first; t < end; t++)
        {
            if (_inDate[t] || IsInsideName(info, t))
            {
                continue;
            }

            if (CountReader.TryRead(_tokens, t, end, _inDate, out var count))
            {
                counts.Add(count);
                t = count.End - 1;
                continue;
            }

            if (TrySingular(info, t, end, out var singular))
            {
                counts.Add(singular);
                t = singular.End - 1;
            }
        }

        // A named person after an arrest or a killing, with no figure of their own: one person.
        foreach (var person in info.People)
        {
            if (counts.Any(count => count.NumberStart >= person.Start && count.NumberStart < person.End)
                || counts.Any(count => count.End <= person.Start && count.End >= person.Start - 2))
            {
                continue;
            }

            counts.Add(new CountMention { Start = person.Start, NumberStart = person.Start, End = person.Start + 1, Best = 1, Singular = true });
        }

        counts.Sort((a, b) => a.NumberStart.CompareTo(b.NumberStart));

        // "جنديين اثنين": a numeral after a dual noun says the dual again.
        counts.RemoveAll(count => counts.Any(dual => dual.Dual && dual.End == count.NumberStart && count.Best == 2 && count.Qualifier == Domain.CountQualifier.Exact));
        foreach (var count in counts)
        {
            for (var t = count.NumberStart; t < count.End; t++)
            {
                _inCount[t] = true;
            }

            for (var t = count.Start; t < count.End; t++)
            {
                _inFigure[t] = true;
            }
        }

        return counts;
    }

    /// <summary>One person or two without a number: "a senior ISIS official", "مقتل قيادي", "وقتل رابع", "جنديين".</summary>
    private bool TrySingular(SentenceInfo info, int t, int end, out CountMention count)
    {
        count = null!;
        var token = _tokens[t];
        if (!token.IsWord)
        {
            return false;
        }

        if (FactLexicon.DualNouns.TryMatch(_tokens, t, end, out var dual))
        {
            count = new CountMention { Start = t, NumberStart = t, End = t + 1, Best = 2, Dual = true };
            return true;
        }

        if (!token.Arabic && token.Norm is "a" or "an")
        {
            var k = t + 1;
            while (k < end && k - t <= 4 && (FactLexicon.PersonAdjectives.TryMatch(_tokens, k, k + 1, out _) || _tokens[k].IsSymbol('.')))
            {
                k++;
            }

            if (k < end && FactLexicon.SingularPersons.TryMatch(_tokens, k, end, out var noun))
            {
                count = new CountMention { Start = t, NumberStart = t, End = t + 1, Best = 1, Singular = true };
                return true;
            }

            return false;
        }

        // "عنصر آخر", "جندي آخر": one more person.
        if (token.Arabic && !token.Norm.StartsWith("ال", StringComparison.Ordinal) && t + 1 < end && _tokens[t + 1].IsWord && _tokens[t + 1].Norm == "اخر"
            && FactLexicon.SingularPersons.TryMatch(_tokens, t, t + 1, out _))
        {
            count = new CountMention { Start = t, NumberStart = t, End = t + 1, Best = 1, Singular = true };
            return true;
        }

        // After a trigger: "مقتل قيادي في تنظيم داعش", "وقتل رابع".
        if (t > info.Sentence.First && FactLexicon.Triggers.TryMatchEndingAt(_tokens, t - 1, Math.Max(info.Sentence.First, t - 3), out var trigger)
            && trigger.Value.Position.HasFlag(TriggerPosition.Before) && trigger.Value.Role is FactRole.Killed or FactRole.Wounded or FactRole.Arrested
            && token.Arabic && !token.Norm.StartsWith("ال", StringComparison.Ordinal)
            && (FactLexicon.SingularPersons.TryMatch(_tokens, t, end, out _) || FactLexicon.OneMore.TryMatch(_tokens, t, end, out _)))
        {
            count = new CountMention { Start = t, NumberStart = t, End = t + 1, Best = 1, Singular = true };
            return true;
        }

        return false;
    }

    private Fact? Classify(SentenceInfo info, CountMention count, Fact? previous, List<Fact> sentenceFacts, List<Fact> earlier)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        if (IsNotAFigure(count, first, end))
        {
            return null;
        }

        var nounStart = count.Dual ? count.NumberStart : count.End;
        var nounEnd = NounPhraseEnd(nounStart, end);
        var noun = SkipPartitive(nounStart, nounEnd);
        if (!count.Singular && CountsThings(info, noun, nounEnd))
        {
            return null;
        }

        if (FactLexicon.RateWords.Any(_tokens, nounEnd, Math.Min(end, nounEnd + 2)) || FactLexicon.RateWords.Any(_tokens, noun, nounEnd))
        {
            // "30 غارة أسبوعياً": a rate, not a count of a period.
            return null;
        }

        if (noun > nounStart && count.Dual == false && noun == nounEnd && nounEnd < end && _tokens[nounEnd].IsSymbol('%'))
        {
            return null;
        }

        var (clauseStart, clauseEnd) = Clause(count.NumberStart, first, end);
        var part = PartOfTotal(info, count, previous, sentenceFacts) ?? PartOfEarlierTotal(info, count, previous, earlier);
        var (role, score, triggerAt, operationType, transferKind) = Decide(info, count, noun, nounEnd, clauseStart, clauseEnd);
        if (role is null && part is not null)
        {
            (role, score) = (part.Role, part.RoleScore - 1);
        }

        if (role is null && previous is not null && IsComparison(count, first))
        {
            // "… compared with fewer than 900", "مقارنة بأكثر من ٥٦ ألفاً": the same kind of figure as the one it is compared with.
            (role, score) = (previous.Role, previous.RoleScore - 1);
        }

        if (role is null && AffiliationLexicon.Others.TryMatch(_tokens, noun, nounEnd, out _) && previous is not null)
        {
            // "واعتقال 31 آخرين" has its trigger; a bare "و7 others" takes the previous figure's kind.
            (role, score) = (previous.Role, previous.RoleScore - 2);
        }

        if (role is null || score < 2.5)
        {
            return null;
        }

        if (previous is not null && IsEquivalent(count, previous, noun, nounEnd))
        {
            TakeEquivalent(previous, count, noun, nounEnd);
            return null;
        }

        // "ليرتفع عدد … إلى": a running total of events; a figure's level may rise too, unless it counts since a date.
        if (IsRunningTotal(count, clauseStart) && (role.Value is not (FactRole.Residents or FactRole.Held or FactRole.Fighters)
            || info.Dates.Any(date => date.Since && date.Start >= clauseStart && date.Start < count.Start)))
        {
            return null;
        }

        if (part is null && role.Value is FactRole.Residents or FactRole.Held or FactRole.Fighters && IsPartitiveOfKnownSet(count)
            && (sentenceFacts.LastOrDefault(other => other.Role == role) ?? earlier.LastOrDefault(other => other.Role == role && other.Sentence >= info.Sentence.Index - 1)) is { } whole)
        {
            // "Syrians accounted for 15,300 of the residents": a share of a figure told before.
            part = whole.PartOf ?? whole;
        }

        var fact = new Fact { Role = role.Value, Count = count, Sentence = info.Sentence.Index, RoleScore = score, PartOf = part, NounEnd = nounEnd, Tokens = _tokens };
        fact.OperationType = operationType ?? (previous?.Role == role ? previous.OperationType : null);
        fact.TransferKind = transferKind ?? (role == FactRole.Transfer ? previous?.Role == role ? previous.TransferKind : "repatriation" : null);
        var quoteFirst = Math.Min(count.Start, triggerAt ?? count.Start);
        var quoteLast = Math.Max(nounEnd, triggerAt is { } trig && trig > count.End ? TriggerEnd(trig, end) : nounEnd);
        (fact.QuoteStart, _) = Clause(quoteFirst, first, end);
        (_, fact.QuoteEnd) = Clause(Math.Max(quoteFirst, quoteLast - 1), first, end);
        Describe(info, fact, noun, nounEnd, clauseStart, clauseEnd, previous);
        AssignDate(info, fact, nounEnd, clauseStart, clauseEnd);
        return fact;
    }

    /// <summary>"4 أوكار", "two dozen detention facilities": a thing among the first words of the noun, before any person.</summary>
    private bool CountsThings(SentenceInfo info, int noun, int nounEnd)
    {
        for (var t = noun; t < Math.Min(nounEnd, noun + 3); t++)
        {
            if (IsInsideName(info, t))
            {
                return false;
            }

            if (FactLexicon.PersonNouns.TryMatch(_tokens, t, nounEnd, out _) || FactLexicon.Triggers.TryMatch(_tokens, t, nounEnd, out _))
            {
                return false;
            }

            if (FactLexicon.ThingNouns.TryMatch(_tokens, t, nounEnd, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of the first words of the noun ("active fighters", "suspected ISIS detainees") is of <paramref name="table"/>.</summary>
    private bool HeadIs(PhraseTable<bool> table, int noun, int nounEnd)
    {
        for (var t = noun; t < Math.Min(nounEnd, noun + 3); t++)
        {
            if (table.TryMatch(_tokens, t, nounEnd, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"15,300 of the residents", "nine of them": a share of people already counted.</summary>
    private bool IsPartitiveOfKnownSet(CountMention count) =>
        count.End + 1 < _tokens.Count && _tokens[count.End].IsWord && _tokens[count.End].Norm == "of"
        && _tokens[count.End + 1].IsWord && _tokens[count.End + 1].Norm is "the" or "them" or "these" or "those" or "whom";

    private bool IsComparison(CountMention count, int first)
    {
        for (var t = count.Start - 1; t >= Math.Max(first, count.Start - 3); t--)
        {
            if (_tokens[t].IsWord && _tokens[t].Conj is "compared" or "مقارنه" or "مقابل" or "versus" or "vs" or "بالمقارنه")
            {
                return true;
            }
        }

        return false;
    }

    private int TriggerEnd(int trigger, int end) =>
        FactLexicon.Triggers.TryMatch(_tokens, trigger, end, out var match) ? match.End : trigger + 1;

    private bool IsNotAFigure(CountMention count, int first, int end)
    {
        if (count.YearLike && !(count.End < end && FactLexicon.IsCountedNoun(_tokens[count.End])))
        {
            return true;
        }

        var before = count.Start - 1;
        if (before >= first && (FactLexicon.LabelWords.TryMatchEndingAt(_tokens, before, Math.Max(first, before - 1), out _)
            || _tokens[before].IsSymbol('$') || _tokens[before].IsSymbol('#') || _tokens[before].IsSymbol('€')))
        {
            return true;
        }

        if (count.End < end && _tokens[count.End].IsSymbol('%'))
        {
            return true;
        }

        // A number glued to letters ("M4", "F-16") or a time ("10:30") is not a figure.
        return count.NumberStart > first && _tokens[count.NumberStart].IsNumber && !_tokens[count.NumberStart].SpaceBefore
            && (_tokens[count.NumberStart - 1].IsWord && !_tokens[count.NumberStart - 1].Arabic || _tokens[count.NumberStart - 1].IsSymbol(':'));
    }

    private int NounPhraseEnd(int start, int end)
    {
        var t = start;
        var words = 0;
        while (t < end && words < 7)
        {
            var token = _tokens[t];
            if (_inDate[t] || token.IsNumber || (_inCount[t] && t > start))
            {
                break;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                if (token.Symbol is '"' or '“' or '”' or '«' or '»' or '/' or '\'' or '’' || token.Symbol is '-' or '.' && !token.SpaceBefore)
                {
                    t++;
                    continue;
                }

                break;
            }

            if (FactLexicon.Triggers.TryMatch(_tokens, t, end, out var trigger) && !trigger.Value.Position.HasFlag(TriggerPosition.Noun))
            {
                break;
            }

            if (t > start && (NounPhraseStops.Contains(token.Norm) || NounPhraseStops.Contains(token.Conj)
                || FactLexicon.EquivalenceMarkers.TryMatch(_tokens, t, end, out _)
                || NumberLexicon.Before.TryMatch(_tokens, t, end, out var qualifier) && qualifier.End < end && (_tokens[qualifier.End].IsNumber || _inCount[qualifier.End])
                || AttributionLexicon.SpeechVerbs.TryMatch(_tokens, t, end, out _) || AttributionLexicon.AccordingTo.TryMatch(_tokens, t, end, out _)
                || FactLexicon.PartMarkers.TryMatch(_tokens, t, end, out _)))
            {
                break;
            }

            words++;
            t++;
        }

        return t;
    }

    /// <summary>The first word that says what is counted: past "من" / "of" ("5 من عناصر", "dozens of").</summary>
    private int SkipPartitive(int start, int end)
    {
        var t = start;
        while (t < end && (_tokens[t].Kind == TokenKind.Symbol || _tokens[t].IsWord && _tokens[t].Norm is "من" or "of" or "the"))
        {
            t++;
        }

        return t;
    }

    private (int Start, int End) Clause(int token, int first, int end)
    {
        var start = token;
        while (start > first && !IsClauseBreak(start - 1))
        {
            start--;
        }

        var stop = token;
        while (stop < end && !IsClauseBreak(stop))
        {
            stop++;
        }

        return (start, stop);
    }

    private bool IsClauseBreak(int t)
    {
        var token = _tokens[t];
        return token.Kind == TokenKind.Symbol && (token.Symbol is ',' or '،' or ';' or '؛' or ':' or '…'
            || (token.Symbol == '.' && (t + 1 < _tokens.Count && _tokens[t + 1].IsSymbol('.') || t > 0 && _tokens[t - 1].IsSymbol('.')))
            || token.Symbol is '-' or '–' or '—' && token.SpaceBefore && t + 1 < _tokens.Count && _tokens[t + 1].SpaceBefore);
    }

    private (FactRole? Role, double Score, int? TriggerAt, OperationType? Operation, string? Transfer) Decide(
        SentenceInfo info, CountMention count, int noun, int nounEnd, int clauseStart, int clauseEnd)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        FactRole? role = null;
        double score = 0;
        int? triggerAt = null;
        OperationType? operation = null;
        string? transfer = null;

        void Consider(FactRole candidate, double candidateScore, int? at, OperationType? op = null, string? kind = null)
        {
            if (candidateScore > score)
            {
                (role, score, triggerAt, operation, transfer) = (candidate, candidateScore, at, op, kind);
            }
        }

        var campInClause = HasCamp(info, clauseStart, clauseEnd);
        var campInSentence = HasCamp(info, first, end);
        var prisonInClause = Has(FactLexicon.PrisonWords, clauseStart, clauseEnd);
        var prisonInSentence = prisonInClause || Has(FactLexicon.PrisonWords, first, end);

        // The noun right after the figure.
        if (noun < nounEnd && FactLexicon.Triggers.TryMatch(_tokens, noun, end, out var nounTrigger) && nounTrigger.Value.Position.HasFlag(TriggerPosition.Noun))
        {
            Consider(nounTrigger.Value.Role, 11, noun, nounTrigger.Value.OperationType, nounTrigger.Value.TransferKind);
        }

        if (HeadIs(FactLexicon.DetaineeNouns, noun, nounEnd))
        {
            var figure = prisonInSentence || Has(FactLexicon.FigureVerbs, clauseStart, count.Start) || Has(FactLexicon.PrisonWords, first, end);
            Consider(figure ? FactRole.Held : FactRole.Arrested, figure ? 7 : 6, noun);
        }

        // Trigger words before the figure, nearest first.
        foreach (var (trigger, at, distance) in TriggersBefore(count, first))
        {
            if (trigger.Close && distance > 2)
            {
                continue;
            }

            var candidate = trigger.Role;
            if (candidate == FactRole.Residents)
            {
                var verb = _tokens[at].Norm;
                var needsSubject = !_tokens[at].Has("يقطن") && !_tokens[at].Has("يسكن") && !_tokens[at].Has("يقطنه") && !_tokens[at].Has("يقطنها");
                var campBefore = HasCamp(info, needsSubject ? clauseStart : first, needsSubject ? at : end);
                var prisonBefore = Has(FactLexicon.PrisonWords, Math.Max(first, at - 8), at);
                if (FactLexicon.HoldVerbs.Contains(verb) || (!campBefore && prisonBefore))
                {
                    // "Roj camp holds", "السجون … تضم", "the prison, which holds": residents of a camp, detainees of prisons.
                    candidate = campBefore ? FactRole.Residents : prisonInClause || prisonBefore ? FactRole.Held : (FactRole)(-1);
                }
                else if (!campBefore && !(campInClause && !needsSubject))
                {
                    continue;
                }
            }

            if ((int)candidate < 0)
            {
                continue;
            }

            if (candidate == FactRole.Held && trigger.Role == FactRole.Held && !prisonInClause && !info.Dates.Any(date => date.Role == DateRole.Current)
                && !Has(FactLexicon.FigureVerbs, clauseStart, count.Start) && !Has(FactLexicon.PrisonWords, Math.Max(first, at - 8), at))
            {
                // "الأسايش تحتجز 15 شخصاً": a headline's present tense tells an arrest, not a figure of detainees.
                candidate = FactRole.Arrested;
            }

            var candidateScore = distance <= 2 ? 10 - distance : 6 - distance / 3.0;
            Consider(candidate, candidateScore, at, trigger.OperationType, trigger.TransferKind);
            break;
        }

        // Verbs after the figure and its noun: "were killed", "قتلوا", "remain detained".
        if (TriggerAfter(nounEnd, end, clauseEnd) is var (after, afterAt, afterDistance) && after is not null)
        {
            var candidate = after.Role;
            if (candidate == FactRole.Residents && !campInClause)
            {
                candidate = prisonInClause ? FactRole.Held : (FactRole)(-1);
            }

            if ((int)candidate >= 0)
            {
                Consider(candidate, afterDistance == 0 ? 9.5 : afterDistance <= 3 ? 9 - afterDistance : 5 - afterDistance / 3.0, afterAt, after.OperationType, after.TransferKind);
            }
        }

        // Frames of the clause: a camp and its residents, prisons and their detainees, a group's strength.
        var residentWords = HasRole(FactRole.Residents, clauseStart, clauseEnd);
        var statedFigure = Has(FactLexicon.FigureVerbs, clauseStart, clauseEnd) || info.Dates.Any(date => date.Role == DateRole.Current);
        if (campInClause && (residentWords || (IsPeopleNoun(noun, nounEnd) && statedFigure)))
        {
            // People leaving a camp ("العائلات العائدة من الهول") are a transfer's, not its residents.
            var leaving = HasRole(FactRole.Transfer, clauseStart, clauseEnd);
            Consider(FactRole.Residents, leaving ? 3 : residentWords ? 6 : 5, null);
        }
        else if (campInSentence && HasRole(FactRole.Residents, first, end) && !prisonInClause)
        {
            Consider(FactRole.Residents, 4, null);
        }

        var detaineesInClause = FactLexicon.DetaineeNouns.Any(_tokens, clauseStart, clauseEnd);
        if (prisonInClause && (HeadIs(FactLexicon.FighterNouns, noun, nounEnd) || HeadIs(FactLexicon.PersonNouns, noun, nounEnd)))
        {
            // "نحو 10 آلاف عنصر من التنظيم ما زالوا في سجون قسد": people counted in prisons are their detainees.
            Consider(FactRole.Held, 5.8, null);
        }

        if ((prisonInClause || detaineesInClause) && (HasRole(FactRole.Held, clauseStart, clauseEnd) || Has(FactLexicon.FigureVerbs, clauseStart, clauseEnd)
            || (prisonInClause && detaineesInClause)))
        {
            Consider(FactRole.Held, 6, null);
        }

        if (HeadIs(FactLexicon.FighterNouns, noun, nounEnd) && !prisonInClause
            && (Has(FactLexicon.StrengthCues, first, end) || Has(FactLexicon.FigureVerbs, clauseStart, count.Start)) && !HasRole(FactRole.Held, clauseStart, clauseEnd))
        {
            Consider(FactRole.Fighters, 5.5, null);
        }

        if (role == FactRole.Transfer && transfer is null)
        {
            transfer = FactLexicon.DetaineeNouns.Any(_tokens, count.NumberStart, Math.Max(nounEnd, count.End)) || prisonInClause
                ? "detaineeTransfer"
                : "repatriation";
        }

        if (role == FactRole.Operation && operation is null or OperationType.Other && triggerAt is { } opAt)
        {
            operation = OperationTypeAround(opAt, end) ?? operation;
        }

        return (role, score, triggerAt, operation, transfer);
    }

    private OperationType? OperationTypeAround(int at, int end)
    {
        // "عملية تفتيش وتطهير", "air strikes": the words after the operation noun say its type.
        for (var t = at; t < Math.Min(end, at + 3); t++)
        {
            if (FactLexicon.Triggers.TryMatch(_tokens, t, end, out var match) && match.Value.Role == FactRole.Operation
                && match.Value.OperationType is { } type && type != OperationType.Other)
            {
                return type;
            }

            if (_tokens[t].IsWord && _tokens[t].Norm is "تفتيش" or "تطهير" or "تمشيط")
            {
                return OperationType.SecuritySweep;
            }
        }

        return null;
    }

    private IEnumerable<(Trigger Trigger, int At, int Distance)> TriggersBefore(CountMention count, int first)
    {
        var distance = 0;
        for (var t = count.Start - 1; t >= first; t--)
        {
            if (_inDate[t])
            {
                continue;
            }

            var token = _tokens[t];
            if (token.IsNumber || _inCount[t])
            {
                // "مقتل ضابط وجنديين": figures joined by "و" share the verb before the first.
                if (JoinedToNext(t, count))
                {
                    while (t > first && (_inCount[t - 1] || _tokens[t - 1].IsNumber))
                    {
                        t--;
                    }

                    continue;
                }

                yield break;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                // English verbs govern what follows them in their clause ("escape, 12 recaptured" is two clauses);
                // Arabic ones reach across the commas of inserted dates ("ألقت القبض، يوم الثلاثاء، على").
                if (IsClauseBreak(t) && !IsArabicContext(count.NumberStart))
                {
                    yield break;
                }

                continue;
            }

            if (FactLexicon.Triggers.TryMatchEndingAt(_tokens, t, Math.Max(first, t - 4), out var match) && match.Value.Position.HasFlag(TriggerPosition.Before)
                && !(match.Start > first && _tokens[match.Start - 1].IsWord && _tokens[match.Start - 1].Norm is "were" or "was" or "been" or "are" or "is" or "be"))
            {
                yield return (match.Value, match.Start, distance);
                t = match.Start;
                distance++;
                continue;
            }

            if (Blockers.Contains(token.Conj) || Blockers.Contains(TextFolding.Bare(token.Conj)))
            {
                yield break;
            }

            distance++;
            if (distance > 10)
            {
                yield break;
            }
        }
    }

    /// <summary>The words nearest a token are Arabic: the script decides how far a verb reaches.</summary>
    private bool IsArabicContext(int token)
    {
        for (var distance = 0; distance < 6; distance++)
        {
            foreach (var t in (int[])[token - distance, token + distance])
            {
                if (t >= 0 && t < _tokens.Count && _tokens[t].IsWord)
                {
                    return _tokens[t].Arabic;
                }
            }
        }

        return false;
    }

    /// <summary>The figure at token <paramref name="other"/> is joined to <paramref name="count"/> by "و" / "and", with only its noun between.</summary>
    private bool JoinedToNext(int other, CountMention count)
    {
        var first = _tokens[count.NumberStart];
        var joined = first.IsWord && first.Arabic && first.Norm != first.Conj
            || count.Start > 0 && _tokens[count.Start - 1].IsWord && _tokens[count.Start - 1].Norm is "و" or "and";
        if (!joined)
        {
            return false;
        }

        var words = 0;
        for (var t = other + 1; t < count.Start; t++)
        {
            if (_tokens[t].IsWord && !_inCount[t])
            {
                words++;
            }
        }

        return words <= 5;
    }

    private (Trigger? Trigger, int At, int Distance) TriggerAfter(int start, int end, int clauseEnd)
    {
        var distance = 0;
        for (var t = start; t < end; t++)
        {
            if (_inDate[t])
            {
                continue;
            }

            var token = _tokens[t];
            if (token.IsNumber || _inCount[t])
            {
                // "Two U.S. service members and a civilian interpreter were killed": a second figure joined by "and" shares the verb.
                var before = t - 1;
                if (before > 0 && NumberLexicon.Before.TryMatchEndingAt(_tokens, before, Math.Max(0, before - 4), out var qualifier))
                {
                    before = qualifier.Start - 1;
                }

                if (before > 0 && (_tokens[before].IsWord && _tokens[before].Norm is "and" or "و" || _tokens[before].IsSymbol('(')
                    || FactLexicon.EquivalenceMarkers.TryMatchEndingAt(_tokens, before, Math.Max(0, before - 4), out _)))
                {
                    while (t < end && (_inCount[t] || _tokens[t].IsNumber))
                    {
                        t++;
                    }

                    t = NounPhraseEnd(t, end) - 1;
                    continue;
                }

                break;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                if (t >= clauseEnd && token.Symbol is not ('"' or '“' or '”'))
                {
                    // "The latest group, 150 families …, crossed the border": the verb right after the closing comma.
                    if (t + 1 < end && FactLexicon.Triggers.TryMatch(_tokens, t + 1, end, out var next) && next.Value.Position.HasFlag(TriggerPosition.After)
                        && next.Value.Position != TriggerPosition.Noun)
                    {
                        return (next.Value, t + 1, distance + 1);
                    }

                    break;
                }

                continue;
            }

            if (FactLexicon.Triggers.TryMatch(_tokens, t, end, out var match) && match.Value.Position.HasFlag(TriggerPosition.After))
            {
                return (match.Value, t, distance);
            }

            if (Auxiliaries.Contains(token.Norm))
            {
                continue;
            }

            distance++;
            if (distance > 6)
            {
                break;
            }
        }

        return (null, 0, 0);
    }

    private bool HasCamp(SentenceInfo info, int start, int end) =>
        info.Names.Any(name => name.Entry.Type == GazetteerEntryType.Camp && name.Start >= start && name.Start < end)
        || FactLexicon.CampWords.Any(_tokens, start, end);

    private bool Has(PhraseTable<bool> table, int start, int end) => table.Any(_tokens, start, end);

    private bool HasRole(FactRole role, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (FactLexicon.Triggers.TryMatch(_tokens, t, end, out var match) && match.Value.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPeopleNoun(int noun, int nounEnd) =>
        noun < nounEnd && (_tokens[noun].IsWord && _tokens[noun].Norm is "شخص" or "شخصا" or "اشخاص" or "people" or "persons" or "individuals" or "نازح" or "women"
            || FactLexicon.FamilyNouns.TryMatch(_tokens, noun, nounEnd, out _));

    /// <summary>"بينهم 3 …", "including two …", "وهم: 312 …, و198 …": a part of the figure before, not a figure of its own.</summary>
    private Fact? PartOfTotal(SentenceInfo info, CountMention count, Fact? previous, List<Fact> sentenceFacts)
    {
        if (previous is null)
        {
            return null;
        }

        var gapStart = Math.Max(previous.Count.End, previous.NounEnd);
        for (var t = gapStart; t < count.Start; t++)
        {
            if (FactLexicon.PartMarkers.TryMatch(_tokens, t, count.Start, out _) || _tokens[t].IsSymbol(':'))
            {
                return previous.PartOf ?? previous;
            }
        }

        if (previous.PartOf is not null)
        {
            // The next part of the same list: only joiners between ("، و198", "and 4").
            var nounEnd = NounPhraseEnd(previous.Count.End, info.Sentence.End);
            var joinersOnly = true;
            for (var t = nounEnd; t < count.Start; t++)
            {
                var token = _tokens[t];
                if (!(token.Kind == TokenKind.Symbol && token.Symbol is ',' or '،' || token.IsWord && token.Norm is "و" or "and" || _inDate[t]))
                {
                    joinersOnly = false;
                    break;
                }
            }

            if (joinersOnly)
            {
                return previous.PartOf;
            }
        }

        return null;
    }

    /// <summary>"… مقتل 38 شخصاً. والقتلى هم: 21 …": a list that opens a sentence breaks down the last figure before it.</summary>
    private Fact? PartOfEarlierTotal(SentenceInfo info, CountMention count, Fact? previous, List<Fact> earlier)
    {
        if (previous is not null || earlier.Count == 0)
        {
            return null;
        }

        var last = earlier[^1];
        if (_sentences[last.Sentence].Sentence.Paragraph != info.Sentence.Paragraph)
        {
            return null;
        }

        for (var t = info.Sentence.First; t < count.Start; t++)
        {
            if (FactLexicon.PartMarkers.TryMatch(_tokens, t, count.Start, out _) || _tokens[t].IsSymbol(':'))
            {
                return last.PartOf ?? last;
            }
        }

        return null;
    }

    /// <summary>"180 عائلة (نحو 650 شخصاً)": the same people counted in another unit, in parentheses.</summary>
    private bool IsEquivalent(CountMention count, Fact previous, int noun, int nounEnd)
    {
        // Only marks, and words that say "that is" or "comprising", between the figure's noun and this one; or
        // "28,450 individuals in 8,120 households": people in families.
        var t = previous.NounEnd;
        var marked = false;
        var families = FactLexicon.FamilyNouns.Any(_tokens, noun, Math.Min(nounEnd, noun + 2));
        while (t < count.Start)
        {
            if (_tokens[t].Kind == TokenKind.Symbol && _tokens[t].Symbol is ',' or '،' or '(' or '-' or '–' or '—')
            {
                marked |= _tokens[t].Symbol == '(';
                t++;
            }
            else if (FactLexicon.EquivalenceMarkers.TryMatch(_tokens, t, count.Start, out var marker))
            {
                marked = true;
                t = marker.End;
            }
            else if (families && _tokens[t].IsWord && _tokens[t].Conj is "in" or "within" or "ضمن" or "من" or "في")
            {
                marked = true;
                t++;
            }
            else
            {
                return false;
            }
        }

        return marked && previous.Sentence == _tokens[count.NumberStart].Sentence && previous.Count.End < count.Start;
    }

    /// <summary>
    /// Keeps one figure of the two units: a camp's population in people over families ("690 عائلة، أي نحو 2,350 شخصاً"),
    /// anything else in the unit given first ("180 عائلة (نحو 650 شخصاً)"); the other is noted.
    /// </summary>
    private void TakeEquivalent(Fact previous, CountMention count, int noun, int nounEnd)
    {
        var firstText = _report.Slice(previous.Count.NumberStart, previous.NounEnd).Trim();
        var secondText = _report.Slice(count.NumberStart, nounEnd).Trim();
        var firstFamilies = FactLexicon.FamilyNouns.Any(_tokens, previous.Count.End, previous.NounEnd);
        if (previous.Role == FactRole.Residents && firstFamilies && !FactLexicon.FamilyNouns.TryMatch(_tokens, noun, nounEnd, out _))
        {
            previous.Equivalents.Add(previous.Count.Best);
            (previous.Count.Best, previous.Count.Low, previous.Count.High, previous.Count.Qualifier) = (count.Best, count.Low, count.High, count.Qualifier);
            previous.Notes.Add($"Also given as {firstText}.");
            return;
        }

        previous.Equivalents.Add(count.Best);
        previous.Notes.Add($"Also given as {secondText}.");
    }

    private bool IsRunningTotal(CountMention count, int clauseStart)
    {
        var before = count.Start - 1;
        if (before < clauseStart || !_tokens[before].IsWord || _tokens[before].Norm is not ("الي" or "to"))
        {
            return false;
        }

        for (var t = before - 1; t >= Math.Max(clauseStart, before - 8); t--)
        {
            if (FactLexicon.RunningTotal.TryMatch(_tokens, t, before + 1, out _))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Who, where, by whom -----------------------------------------------------------------------------------

    private void Describe(SentenceInfo info, Fact fact, int noun, int nounEnd, int clauseStart, int clauseEnd, Fact? previous)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        var count = fact.Count;

        if (fact.Role is FactRole.Killed or FactRole.Wounded or FactRole.Arrested)
        {
            // Arrests have no affiliation field; theirs is kept for a following "وقتل رابع" or "others".
            fact.Affiliation = AffiliationOf(info, count, noun, nounEnd, previous);
        }

        // Forces: every force of the sentence, apart from the group the figure counts.
        var npStart = count.Dual ? count.NumberStart : count.End;
        foreach (var name in info.Names.Where(name => name.Entry.Type == GazetteerEntryType.Force))
        {
            if (name.Entry.ForceKind == ForceKind.InsurgentGroup)
            {
                fact.InsurgentForceId ??= name.Entry.Id;
                continue;
            }

            var insideFigure = name.Start >= npStart && name.Start < nounEnd;
            if (!insideFigure && !fact.ForceIds.Contains(name.Entry.Id))
            {
                fact.ForceIds.Add(name.Entry.Id);
            }
        }

        fact.ActorForceId = fact.ForceIds.FirstOrDefault() is var actor and > 0 ? actor
            : info.Attribution?.ForceId is { } speaker && KindOf(speaker) != ForceKind.InsurgentGroup ? speaker : null;
        if (fact.Role == FactRole.Operation && fact.ForceIds.Count == 0 && fact.ActorForceId is { } operationActor)
        {
            fact.ForceIds.Add(operationActor);
        }

        if (fact.Role == FactRole.Fighters && fact.InsurgentForceId is null)
        {
            fact.InsurgentForceId = InsurgentOfReport();
        }

        // Camps: in the clause, else in the sentence; a transfer's camp is the one it leaves.
        var camps = info.Names.Where(name => name.Entry.Type == GazetteerEntryType.Camp).ToList();
        var inClause = camps.Where(name => name.Start >= clauseStart && name.Start < clauseEnd).ToList();
        var chosen = inClause.Count > 0 ? inClause : camps;
        if (fact.Role == FactRole.Transfer)
        {
            chosen = chosen.Where(name => !IsDestination(name.Start, first)).ToList();
        }

        foreach (var camp in chosen)
        {
            if (!fact.CampIds.Contains(camp.Entry.Id))
            {
                fact.CampIds.Add(camp.Entry.Id);
            }
        }

        PlaceOf(info, fact, clauseStart, clauseEnd);

        if (fact.Role == FactRole.Held)
        {
            fact.Facility = FacilityOf(clauseStart, clauseEnd, end);
        }

        if (fact.Role == FactRole.Transfer)
        {
            fact.Families = noun < nounEnd && FactLexicon.FamilyNouns.TryMatch(_tokens, noun, nounEnd, out _);
            fact.ToCountry = DestinationOf(count, nounEnd, end);
        }

        // A named person: the one the figure stands for.
        fact.Person = info.People.FirstOrDefault(person => person.Start <= count.NumberStart && count.NumberStart < person.End)
            ?? (count.Singular ? info.People.FirstOrDefault(person => person.Start >= count.NumberStart && person.Start <= count.NumberStart + 4) : null);

        fact.Attribution = info.Attribution;
        fact.Unresolved.AddRange(info.Unresolved);
        if (fact.Role == FactRole.Fighters && fact.InsurgentForceId is null)
        {
            var group = AffiliationLexicon.Words.FindAll(_tokens, first, end).FirstOrDefault(match => match.Value == CasualtyAffiliation.Isis);
            if (group.End > group.Start)
            {
                fact.Unresolved.Add(new UnresolvedMention(_report.Slice(group.Start, group.End), GazetteerEntryType.Force, group.Start, group.End));
            }
        }

        if (fact.Role == FactRole.Residents && fact.CampIds.Count == 0)
        {
            fact.Unresolved.AddRange(info.Unresolved.Where(name => name.Type == GazetteerEntryType.Camp).Except(fact.Unresolved));
        }
    }

    private ForceKind? KindOf(long forceId) =>
        _gazetteer.Entries.FirstOrDefault(entry => entry.Type == GazetteerEntryType.Force && entry.Id == forceId)?.ForceKind;

    /// <summary>The insurgent group the report names most, or the gazetteer's only one when the report speaks of ISIS.</summary>
    private long? InsurgentOfReport()
    {
        var named = _sentences.SelectMany(info => info.Names).Where(name => name.Entry.ForceKind == ForceKind.InsurgentGroup)
            .GroupBy(name => name.Entry.Id).OrderByDescending(group => group.Count()).Select(group => (long?)group.Key).FirstOrDefault();
        if (named is not null)
        {
            return named;
        }

        var groups = _gazetteer.Entries.Where(entry => entry.ForceKind == ForceKind.InsurgentGroup).ToList();
        return groups.Count == 1 && MentionsIsis() ? groups[0].Id : null;
    }

    private bool MentionsIsis() => _mentionsIsis ??= AffiliationLexicon.Words.FindAll(_tokens, 0, _tokens.Count).Any(match => match.Value == CasualtyAffiliation.Isis);

    private bool IsDestination(int token, int first)
    {
        for (var t = token - 1; t >= Math.Max(first, token - 3); t--)
        {
            if (_tokens[t].IsWord && _tokens[t].Conj is "الي" or "to" or "into")
            {
                return true;
            }

            if (_tokens[t].IsWord && _tokens[t].Conj is "من" or "from")
            {
                return false;
            }
        }

        return false;
    }

    private string? DestinationOf(CountMention count, int nounEnd, int end)
    {
        // "إلى العراق", "to Iraq", or the returnees' nationality ("عائلة عراقية", "Iraqis").
        for (var t = count.End; t < Math.Min(end, nounEnd + 12); t++)
        {
            if (_tokens[t].IsWord && _tokens[t].Conj is "الي" or "to" && t + 1 < end && PlaceLexicon.Places.TryMatch(_tokens, t + 1, end, out var place))
            {
                return place.Value.Country;
            }
        }

        for (var t = count.End; t < Math.Min(end, nounEnd + 2); t++)
        {
            if (NationalityLexicon.CodeOf(_tokens[t]) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private CasualtyAffiliation AffiliationOf(SentenceInfo info, CountMention count, int noun, int nounEnd, Fact? previous)
    {
        var (first, end) = (info.Sentence.First, info.Sentence.End);
        var start = count.Dual || count.Singular ? count.NumberStart : count.End;

        // A number written after its noun ("مدنيين اثنين", "قياديين اثنين") describes the words before it.
        if (!count.Dual && count.NumberStart > first && _tokens[count.NumberStart].IsWord && _tokens[count.NumberStart].Arabic
            && FactLexicon.PersonNouns.TryMatch(_tokens, count.NumberStart - 1, count.NumberStart, out _))
        {
            start = count.NumberStart - 1;
        }

        // A singular count ("a senior ISIS official"): its own words.
        var stop = Math.Max(nounEnd, count.Singular ? count.NumberStart + 5 : nounEnd);
        stop = Math.Min(stop, end);

        // "وجرح ثالث", "واعتقال 31 آخرين": the same people as the figure before.
        if ((AffiliationLexicon.Others.Any(_tokens, start, stop) || FactLexicon.OneMore.TryMatch(_tokens, count.NumberStart, stop, out _))
            && previous?.Affiliation is { } siblingFirst and not CasualtyAffiliation.Unknown && previous.Sentence == info.Sentence.Index)
        {
            return siblingFirst;
        }

        // The first word that says who they are decides: "جنديين … لداعش" are soldiers (killed by ISIS), "عناصر داعش" are ISIS members.
        var coalition = AffiliationLexicon.CoalitionMarkers.Any(_tokens, start, stop);
        var cues = AffiliationLexicon.Words.FindAll(_tokens, start, stop).Select(match => (match.Start, match.Value))
            .Concat(info.Names.Where(name => name.Start >= start && name.Start < stop && name.Entry.Type == GazetteerEntryType.Force
                    && AffiliationLexicon.OfForce(name.Entry.ForceKind) is not null)
                .Select(name => (name.Start, AffiliationLexicon.OfForce(name.Entry.ForceKind)!.Value)))
            .OrderBy(cue => cue.Start)
            .ToList();
        if (cues.Count > 0)
        {
            if (cues.Any(cue => cue.Value == CasualtyAffiliation.Civilian))
            {
                return CasualtyAffiliation.Civilian;
            }

            var earliest = cues[0].Value;
            return coalition && earliest is CasualtyAffiliation.GovernmentForce or CasualtyAffiliation.Coalition ? CasualtyAffiliation.Coalition : earliest;
        }

        if (AffiliationLexicon.Possessive.Any(_tokens, start, stop))
        {
            var own = info.Attribution?.ForceId ?? info.Names.FirstOrDefault(name => name.Entry.Type == GazetteerEntryType.Force && name.Start < count.Start).Entry?.Id;
            if (own is { } ownForce && AffiliationLexicon.OfForce(KindOf(ownForce)) is { } ownAffiliation)
            {
                return ownAffiliation;
            }
        }

        if ((AffiliationLexicon.Others.Any(_tokens, start, stop) || FactLexicon.OneMore.TryMatch(_tokens, count.NumberStart, stop, out _))
            && previous?.Affiliation is { } sibling)
        {
            return sibling;
        }

        if (nounEnd == start && previous?.Affiliation is { } bare && previous.Sentence == info.Sentence.Index)
        {
            // "5 fighters were killed and 7 wounded": the second figure has no noun of its own.
            return bare;
        }

        if (noun < nounEnd && _tokens[noun].Norm is "attackers" or "assailants" or "المهاجمين" or "مهاجمين" or "مهاجم" or "gunmen" or "مسلحين" or "مسلحون" && MentionsIsis())
        {
            return CasualtyAffiliation.Isis;
        }

        // Fighters or members of a force named in the sentence's attribution ("A local SDF official said 5 fighters …").
        if (noun < nounEnd && FactLexicon.FighterNouns.TryMatch(_tokens, noun, nounEnd, out _) && info.OwnAttribution?.ForceId is { } speakerForce
            && AffiliationLexicon.OfForce(KindOf(speakerForce)) is { } speakerAffiliation && speakerAffiliation != CasualtyAffiliation.Isis)
        {
            return speakerAffiliation;
        }

        return CasualtyAffiliation.Unknown;
    }

    private void PlaceOf(SentenceInfo info, Fact fact, int clauseStart, int clauseEnd)
    {
        var inClause = info.Places.Where(place => place.Start >= clauseStart && place.Start < clauseEnd).ToList();
        var places = inClause.Count > 0 ? inClause : info.Places;
        if (places.Count == 0)
        {
            places = _sentences.Where(other => other.Sentence.Paragraph == info.Sentence.Paragraph).SelectMany(other => other.Places).ToList();
        }

        if (places.Count == 0)
        {
            // A camp the gazetteer places ("inside al-Hol camp") says where, when no place is named.
            places = info.Names.Where(name => name.Entry.Type == GazetteerEntryType.Camp && name.Entry.Country is not null)
                .Select(name => new PhraseMatch<Place>(name.Start, name.End, new Place(name.Entry.Country!, name.Entry.Region)))
                .ToList();
        }

        var countries = places.Select(place => place.Value.Country).Distinct().ToList();
        fact.Countries.AddRange(countries);
        if (countries.Count == 1)
        {
            fact.Country = countries[0];
            var regions = places.Select(place => place.Value.Region).Where(region => region is not null).Distinct().ToList();
            if (regions.Count == 1)
            {
                fact.Region = regions[0];
                var towns = places.Where(place => place.Value.Locality is not null).ToList();
                if (towns.Count == 1)
                {
                    fact.Locality = _report.Slice(towns[0].Start, towns[0].End);
                }
            }
        }
        else if (countries.Count == 0 && NearestCountry(info) is { } nearest)
        {
            // The place of the events told just before ("… في سوريا. … مقتل خمسة …").
            fact.Country = nearest;
        }
        else if (countries.Count == 0)
        {
            var reportCountries = _sentences.SelectMany(other => other.Places).Select(place => place.Value.Country).Distinct().ToList();
            if (reportCountries.Count == 1)
            {
                fact.Country = reportCountries[0];
            }
        }

        if (fact.CampIds.Count > 0)
        {
            var camp = _gazetteer.Entries.First(entry => entry.Type == GazetteerEntryType.Camp && entry.Id == fact.CampIds[0]);
            fact.Country = camp.Country ?? fact.Country;
            if (fact.Region is null || camp.Country != countries.SingleOrDefault())
            {
                fact.Region = camp.Region;
            }
        }

        if (fact.Role == FactRole.Fighters && fact.Countries.Count == 0 && fact.Country is not null)
        {
            fact.Countries.Add(fact.Country);
        }
    }

    private string? NearestCountry(SentenceInfo info)
    {
        for (var s = info.Sentence.Index - 1; s >= Math.Max(0, info.Sentence.Index - 3); s--)
        {
            var countries = _sentences[s].Places.Select(place => place.Value.Country)
                .Concat(_sentences[s].Names.Where(name => name.Entry.Type == GazetteerEntryType.Camp && name.Entry.Country is not null).Select(name => name.Entry.Country!))
                .Distinct().ToList();
            if (countries.Count == 1)
            {
                return countries[0];
            }

            if (countries.Count > 1)
            {
                return null;
            }
        }

        return null;
    }

    private string? FacilityOf(int clauseStart, int clauseEnd, int end)
    {
        foreach (var range in new[] { (clauseStart, clauseEnd), (clauseStart, end) })
        {
            foreach (var match in FactLexicon.PrisonWords.FindAll(_tokens, range.Item1, range.Item2))
            {
                var stop = match.End;
                while (stop < end && stop - match.End < 6 && !_inDate[stop] && !_inFigure[stop] && !_tokens[stop].IsNumber
                    && !(_tokens[stop].Kind == TokenKind.Symbol && _tokens[stop].Symbol is not ('-' or '/' or '(' or ')'))
                    && !(_tokens[stop].IsWord && (FactLexicon.Triggers.TryMatch(_tokens, stop, end, out _) || FactLexicon.FigureVerbs.TryMatch(_tokens, stop, end, out _)
                        || _tokens[stop].Norm is "يقدر" or "most" or "and" or "warned" or "مشيرين" or "بما" or "ما")))
                {
                    stop++;
                }

                var start = match.Start;
                if (start > 0 && _tokens[start - 1].IsWord && _tokens[start - 1].Norm is "in" or "في")
                {
                    // keep the facility itself, without its preposition
                }

                return _report.Slice(start, stop).Trim(' ', '(', ')', '-', '/');
            }
        }

        return null;
    }

    // ---- When ---------------------------------------------------------------------------------------------------

    private void AssignDate(SentenceInfo info, Fact fact, int nounEnd, int clauseStart, int clauseEnd)
    {
        var count = fact.Count;
        // "حتى الآن", "so far" end a period for an event; they date only a figure.
        var usable = info.Dates.Where(date => !date.Announcement && date.Role is not (DateRole.SameAsBefore or DateRole.Scope)
            && !(fact.IsEvent && date.Role == DateRole.Current)).ToList();
        var chosen = usable.Where(date => date.Start >= clauseStart && date.Start < clauseEnd).MinBy(date => Distance(date, count.Start, Math.Max(nounEnd, count.End)))
            ?? usable.Where(date => date.End <= count.Start).MaxBy(date => date.End)
            ?? usable.Where(date => date.Start >= count.End).MinBy(date => date.Start);
        if (chosen is not null && chosen.Role == DateRole.Current
            && (info.Dates.FirstOrDefault(date => date.Announcement) ?? AnnouncementOfParagraph(info)) is { } statement)
        {
            // "now numbers …", said in a report of Monday: the figure stands for the statement's day.
            SetDate(fact, statement, DateStrength.Own);
            return;
        }

        if (chosen is not null)
        {
            SetDate(fact, chosen, DateStrength.Own);
            return;
        }

        if (info.Dates.Any(date => date.Role == DateRole.SameAsBefore) && LastNamedDate(info.Sentence.Index) is { } same)
        {
            SetDate(fact, same, DateStrength.Own);
            return;
        }

        if (fact.IsEvent && InheritedDate(info) is { } inherited)
        {
            SetDate(fact, inherited, DateStrength.Inherited);
            fact.Since = false;
            return;
        }

        var announcement = info.Dates.FirstOrDefault(date => date.Announcement) ?? AnnouncementOfParagraph(info);
        if (announcement is not null)
        {
            SetDate(fact, announcement, DateStrength.Announcement);
            return;
        }

        fact.From = fact.To = _published;
        fact.Precision = DatePrecision.Day;
        fact.DateRole = DateRole.Named;
        fact.DateStrength = DateStrength.Publication;
    }

    /// <summary>Tokens between a date and a figure with its noun: "70 ألف شخص عام 2019" is 0 from its year.</summary>
    private static int Distance(DateMention date, int start, int end) => date.Start >= end ? date.Start - end : Math.Max(0, start - date.End);

    private static void SetDate(Fact fact, DateMention date, DateStrength strength)
    {
        fact.Since = date.Since;
        fact.From = date.From;
        fact.To = date.To;
        fact.Precision = date.Precision;
        fact.DateRole = date.Role;
        fact.DateStrength = strength;
    }

    /// <summary>The date of the events told before: in the same paragraph, or before it when the sentence refers back to them.</summary>
    private DateMention? InheritedDate(SentenceInfo info)
    {
        for (var s = info.Sentence.Index - 1; s >= 0; s--)
        {
            var other = _sentences[s];
            // The paragraph just before goes on telling the same events; further back, only a sentence that refers back to them.
            var near = other.Sentence.Paragraph >= info.Sentence.Paragraph - 1;
            if (!near && !info.RefersBack)
            {
                return null;
            }

            var date = other.Dates.LastOrDefault(date => !date.Announcement && date.Role is DateRole.Named or DateRole.ToPublication);
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    private DateMention? LastNamedDate(int sentence)
    {
        for (var s = sentence; s >= 0; s--)
        {
            var date = _sentences[s].Dates.LastOrDefault(date => !date.Announcement && date.Role is DateRole.Named or DateRole.ToPublication);
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    private DateMention? AnnouncementOfParagraph(SentenceInfo info)
    {
        for (var s = info.Sentence.Index - 1; s >= 0 && _sentences[s].Sentence.Paragraph == info.Sentence.Paragraph; s--)
        {
            if (_sentences[s].Dates.FirstOrDefault(date => date.Announcement) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
