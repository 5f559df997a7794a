using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Finds the dates and periods of a sentence and resolves them against the publication date: absolute dates in both
/// Arabic month systems and in English ("1 تشرين الأول/ أكتوبر", "Feb. 25", "October 1, 2025"), spans ("من 1 … حتى
/// 6 …", "بين 10 و16 شباط", "2014–2017"), and relative ones ("اليوم الخميس", "yesterday", "last month", "since July",
/// "over the past six months", "in 2019", "mid-2025"), each at the precision the text gives. A month or day named
/// without a year is the latest one on or before publication.
/// </summary>
internal sealed class DateReader(DateOnly published)
{
    private readonly DateOnly _published = published;

    /// <summary>Words that may open a date besides those of the date tables (which the tokens' matches show).</summary>
    private static readonly HashSet<string> StartWords = BuildStartWords();

    /// <summary>Every date in tokens [first, end), left to right.</summary>
    public List<DateMention> ReadAll(List<Token> tokens, int first, int end)
    {
        var found = new List<DateMention>();
        for (var i = first; i < end; i++)
        {
            if (TryRead(tokens, i, end, out var mention))
            {
                found.Add(Qualify(tokens, first, mention));
                i = mention.End - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// "انطلقت يوم السبت", "began on Saturday": the events run from that day to publication. "the largest convoy this
    /// year", "الدفعة الرابعة هذا العام": a scope of comparison, not the events' date.
    /// </summary>
    private DateMention Qualify(List<Token> tokens, int first, DateMention mention)
    {
        for (var t = mention.Start - 1; t >= Math.Max(first, mention.Start - 4); t--)
        {
            if (t >= mention.Start - 2 && tokens[t].IsWord && DateLexicon.Began.Contains(tokens[t].Conj) && mention.Role == DateRole.Named && mention.Precision == DatePrecision.Day
                && mention.From < _published)
            {
                return new DateMention { Start = mention.Start, End = mention.End, From = mention.From, To = _published, Precision = DatePrecision.Day, Role = DateRole.ToPublication, Since = true };
            }

            if (tokens[t].IsWord && DateLexicon.Ranking.Contains(tokens[t].Conj) && mention.To == _published && mention.Role == DateRole.Named)
            {
                return new DateMention { Start = mention.Start, End = mention.End, From = mention.From, To = mention.To, Precision = mention.Precision, Role = DateRole.Scope };
            }
        }

        return mention;
    }

    public bool TryRead(List<Token> tokens, int i, int end, out DateMention mention)
    {
        mention = null!;
        var token = tokens[i];
        if (token.IsWord && token.Matches.Length == 0 && !StartWords.Contains(token.Conj) && !StartWords.Contains(token.Norm)
            && !NumberLexicon.Words.ContainsKey(TextFolding.Bare(token.Conj)))
        {
            // Most words cannot start a date: a word of no date table, lead or unit.
            return false;
        }

        if (token.Kind == TokenKind.Symbol)
        {
            if (token.Symbol == '(' && TryRange(tokens, i + 1, end, RangeOpener.Between, requireOpener: false, out var inner) && inner.End < end && tokens[inner.End].IsSymbol(')'))
            {
                // "(2014–2017)"
                mention = inner;
                return true;
            }

            return false;
        }

        if (token.IsWord && DateLexicon.Since.Contains(token.Conj) && TrySince(tokens, i, end, out mention))
        {
            return true;
        }

        if (token.IsWord && NumberLexicon.RangeOpeners.TryMatch(tokens, i, end, out var opener)
            && TryRange(tokens, opener.End, end, opener.Value, requireOpener: true, out var span))
        {
            mention = With(span, start: i);
            return true;
        }

        if (TryPast(tokens, i, end, out mention) || TryRelative(tokens, i, end, out mention) || TryYearPart(tokens, i, end, out mention))
        {
            return true;
        }

        if (TryRange(tokens, i, end, RangeOpener.Between, requireOpener: false, out mention))
        {
            return true;
        }

        if (token.IsWord && (token.Conj is "so" || token.Norm == "so") && i + 3 < end && tokens[i + 1].Norm == "far" && tokens[i + 2].Norm == "in"
            && IsYear(tokens[i + 3]))
        {
            var year = (int)tokens[i + 3].Value;
            mention = Mention(i, i + 4, new DateOnly(year, 1, 1), Min(new DateOnly(year, 12, 31)), DatePrecision.Year, DateRole.Named);
            return true;
        }

        if (TryWeekday(tokens, i, end, out mention))
        {
            return true;
        }

        if (TryPoint(tokens, i, end, out var point))
        {
            mention = Resolve(point, i);
            return true;
        }

        return false;
    }

    private bool TrySince(List<Token> tokens, int i, int end, out DateMention mention)
    {
        mention = null!;
        var j = i + 1;
        DateOnly from;
        DatePrecision precision;
        int stop;
        if (j < end && TryRelative(tokens, j, end, out var relative) && relative.Role == DateRole.Named)
        {
            // "since last year" (منذ العام الماضي): from the start of that period.
            from = relative.From;
            precision = relative.Precision;
            stop = relative.End;
        }
        else if (j < end && TryYearPart(tokens, j, end, out var part))
        {
            from = part.From;
            precision = IsYearStart(tokens, j) ? DatePrecision.Year : part.Precision;
            stop = part.End;
        }
        else if (j < end && TryPoint(tokens, j, end, out var point))
        {
            var resolved = Resolve(point, j);
            from = resolved.From;
            precision = resolved.Precision;
            stop = resolved.End;
        }
        else if (TrySinceEvent(tokens, j, end, out var began))
        {
            // "since repatriations began in 2021", "منذ بدء عمليات الإعادة عام 2021": since the date the event is given.
            from = began.From;
            precision = began.Precision;
            stop = began.End;
        }
        else
        {
            return false;
        }

        mention = new DateMention { Start = i, End = stop, From = from, To = _published, Precision = precision, Role = DateRole.ToPublication, Since = true };
        return from <= _published;
    }

    private bool TrySinceEvent(List<Token> tokens, int j, int end, out DateMention began)
    {
        began = null!;
        for (var k = j; k < Math.Min(end, j + 5); k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (k > j && tokens[k].Conj is "in" or "عام" or "في" or "سنه" && k + 1 < end && IsYear(tokens[k + 1]))
            {
                var year = (int)tokens[k + 1].Value;
                began = Mention(j, k + 2, new DateOnly(year, 1, 1), Min(new DateOnly(year, 12, 31)), DatePrecision.Year, DateRole.Named);
                return true;
            }
        }

        return false;
    }

    /// <summary>"مطلع العام", "بداية العام الجاري", "the start of the year" (not of a month): a since-period at year precision.</summary>
    private static bool IsYearStart(List<Token> tokens, int j)
    {
        for (var k = j; k < Math.Min(tokens.Count, j + 5); k++)
        {
            if (tokens[k].IsWord && DateLexicon.Units.TryGetValue(tokens[k].Norm, out var unit) && unit.Unit == PeriodUnit.Year)
            {
                return true;
            }

            if (IsYear(tokens[k]))
            {
                return true;
            }

            if (tokens[k].IsWord && DateLexicon.Months.TryMatch(tokens, k, Math.Min(tokens.Count, k + 3), out _))
            {
                return false;
            }
        }

        return false;
    }

    private bool TryRange(List<Token> tokens, int i, int end, RangeOpener opener, bool requireOpener, out DateMention mention)
    {
        mention = null!;
        if (!TryPartial(tokens, i, end, allowBareDay: true, out var first))
        {
            return false;
        }

        var j = first.End;
        if (j >= end)
        {
            return false;
        }

        var connector = tokens[j];
        int secondStart;
        if (connector.Kind == TokenKind.Symbol && connector.Symbol is '-' or '–' or '—')
        {
            secondStart = j + 1;
        }
        else if (connector.IsWord && IsConnector(connector.Conj, opener) && connector.Norm.Length > 0)
        {
            secondStart = j + 1;
        }
        else if (connector.IsWord && opener == RangeOpener.Between && connector.Norm != connector.Conj && connector.Norm[0] == 'و')
        {
            // "والخامس": the conjunction is written onto the second date.
            secondStart = j;
        }
        else
        {
            return false;
        }

        if (!requireOpener && connector.Kind != TokenKind.Symbol)
        {
            // Without "from"/"between", only dashes join two dates ("2014–2017", "1-6 November").
            return false;
        }

        if (secondStart >= end || !TryPartial(tokens, secondStart, end, allowBareDay: true, out var second))
        {
            return false;
        }

        // "1 to 6 November": the first date borrows the second's month and year.
        var firstFilled = first with
        {
            Month = first.Month ?? (first.Day is not null ? second.Month : null),
            Year = first.Year ?? second.Year,
        };
        if (firstFilled.Day is not null && firstFilled.Month is null)
        {
            return false;
        }

        if (first.Day is null && first.Month is null && (first.Year is null || second.Year is null))
        {
            return false;
        }

        if (first.Day is null && second.Day is null && first.Month is null != (second.Month is null))
        {
            return false;
        }

        var to = Resolve(second, secondStart);
        var secondYear = to.From.Year;
        var fromPartial = firstFilled with { Year = firstFilled.Year ?? secondYear };
        var from = Resolve(fromPartial, i);
        if (from.From > to.To)
        {
            if (fromPartial.Year is not null && first.Year is null)
            {
                from = Resolve(fromPartial with { Year = fromPartial.Year - 1 }, i);
            }

            if (from.From > to.To)
            {
                return false;
            }
        }

        var precision = (DatePrecision)Math.Max((int)from.Precision, (int)to.Precision);
        mention = Mention(i, second.End, from.From, to.To, precision, DateRole.Named);
        return true;
    }

    private static bool IsConnector(string word, RangeOpener opener) => opener switch
    {
        RangeOpener.Between => word is "و" or "and",
        _ => word is "الي" or "حتي" or "to" or "until" or "till" or "through" or "ولغايه" or "لغايه",
    };

    private bool TryPast(List<Token> tokens, int i, int end, out DateMention mention)
    {
        mention = null!;
        var j = i;
        if (tokens[j].IsWord && tokens[j].Conj is "خلال" or "في" or "طوال" or "over" or "in" or "during" or "for" or "within")
        {
            j++;
        }

        if (j < end && tokens[j].IsWord && tokens[j].Norm == "the")
        {
            j++;
        }

        if (j >= end)
        {
            return false;
        }

        int count = 1;
        (PeriodUnit Unit, int Count) unit;
        int stop;
        if (tokens[j].IsWord && !tokens[j].Arabic && DateLexicon.Past.Contains(tokens[j].Norm))
        {
            // English: "the past six months", "the last 24 hours", "the past month".
            var k = j + 1;
            if (k < end && TryCount(tokens, k, out var n, out var afterCount))
            {
                count = n;
                k = afterCount;
            }

            if (k >= end || !tokens[k].IsWord || !DateLexicon.Units.TryGetValue(tokens[k].Norm, out unit) || tokens[j].Norm is "last" && k == j + 1 && tokens[k].Norm is "month" or "week" or "year" && tokens[j - (j > i ? 1 : 0)].Norm != "the")
            {
                return false;
            }

            stop = k + 1;
        }
        else
        {
            // Arabic: "الأشهر الستة الماضية", "الستة أشهر الماضية", "الـ24 ساعة الماضية", "الأسبوعين الماضيين".
            var k = j;
            if (tokens[k].IsWord && tokens[k].Norm == "ال")
            {
                k++;
            }

            var hasCount = false;
            if (k < end && TryCount(tokens, k, out var before, out var afterBefore))
            {
                count = before;
                hasCount = true;
                k = afterBefore;
            }

            if (k >= end || !tokens[k].IsWord || !DateLexicon.Units.TryGetValue(tokens[k].Norm, out unit))
            {
                return false;
            }

            k++;
            if (!hasCount && k < end && TryCount(tokens, k, out var after, out var afterAfter))
            {
                count = after;
                hasCount = true;
                k = afterAfter;
            }

            if (k >= end || !tokens[k].IsWord || !DateLexicon.Past.Contains(tokens[k].Norm))
            {
                // "خلال عشرة أيام", "استمرت عشرة أيام", "over five days": a duration up to publication.
                if (hasCount && (j > i || i > 0 && tokens[i - 1].IsWord && DateLexicon.Lasted.Contains(tokens[i - 1].Conj)))
                {
                    stop = k;
                    goto resolved;
                }

                return false;
            }

            if (!hasCount && unit.Count == 1 && tokens[k - 1].Norm is "الاشهر" or "الشهور" or "الايام" or "السنوات" or "الاعوام" or "الاسابيع" or "الساعات")
            {
                // "خلال الأشهر الماضية": no number, no date.
                return false;
            }

            if (!hasCount && unit.Count == 1)
            {
                // "الشهر الماضي" and its kin are calendar periods (RelativeDay), not rolling ones.
                return false;
            }

            stop = k + 1;
        }

    resolved:
        count *= unit.Count;
        var (from, precision) = unit.Unit switch
        {
            PeriodUnit.Hour => (_published.AddDays(-Math.Max(1, (count + 23) / 24)), DatePrecision.Day),
            PeriodUnit.Day => (_published.AddDays(-count), DatePrecision.Day),
            PeriodUnit.Week => (_published.AddDays(-7 * count), DatePrecision.Day),
            PeriodUnit.Month => (_published.AddMonths(-count), DatePrecision.Month),
            _ => (_published.AddYears(-count), DatePrecision.Year),
        };
        mention = Mention(i, stop, from, _published, precision, DateRole.ToPublication);
        return true;
    }

    /// <summary>A small count inside a date phrase: "24", "الستة", "six", "two".</summary>
    private static bool TryCount(List<Token> tokens, int k, out int count, out int next)
    {
        count = 0;
        next = k + 1;
        var token = tokens[k];
        if (token.IsNumber && !token.HasSeparator && token.Value is >= 1 and <= 1000)
        {
            count = (int)token.Value;
            return true;
        }

        if (token.IsWord && NumberLexicon.Words.TryGetValue(TextFolding.Bare(token.Conj), out var word)
            && word.Kind is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Tens
            && !DateLexicon.Weekdays.TryMatch(tokens, k, k + 1, out _))
        {
            count = (int)word.Value;
            return true;
        }

        return false;
    }

    private bool TryRelative(List<Token> tokens, int i, int end, out DateMention mention)
    {
        mention = null!;
        if (!DateLexicon.Relative.TryMatch(tokens, i, end, out var match))
        {
            if (tokens[i].IsWord && tokens[i].Conj == "قبل" && i + 2 < end && TryCount(tokens, i + 1, out var n, out var next)
                && tokens[next].IsWord && DateLexicon.Units.TryGetValue(tokens[next].Norm, out var unit) && unit.Unit is PeriodUnit.Day or PeriodUnit.Week)
            {
                // "قبل ثلاثة أيام"
                var day = _published.AddDays(-n * (unit.Unit == PeriodUnit.Week ? 7 : 1));
                mention = Mention(i, next + 1, day, day, DatePrecision.Day, DateRole.Named);
                return true;
            }

            if (TryCount(tokens, i, out var ago, out var unitAt) && unitAt + 1 < end && tokens[unitAt].IsWord
                && DateLexicon.Units.TryGetValue(tokens[unitAt].Norm, out var agoUnit) && agoUnit.Unit is PeriodUnit.Day or PeriodUnit.Week
                && tokens[unitAt + 1].Norm == "ago")
            {
                var day = _published.AddDays(-ago * (agoUnit.Unit == PeriodUnit.Week ? 7 : 1));
                mention = Mention(i, unitAt + 2, day, day, DatePrecision.Day, DateRole.Named);
                return true;
            }

            return false;
        }

        var stop = match.End;
        switch (match.Value)
        {
            case RelativeDay.Today or RelativeDay.Yesterday or RelativeDay.TwoDaysAgo:
                var offset = match.Value switch { RelativeDay.Yesterday => 1, RelativeDay.TwoDaysAgo => 2, _ => 0 };
                var day = _published.AddDays(-offset);

                // "اليوم الخميس", "today, Thursday": the weekday restates the day.
                var k = stop < end && tokens[stop].IsSymbol(',') ? stop + 1 : stop;
                if (k < end && DateLexicon.Weekdays.TryMatch(tokens, k, end, out var weekday))
                {
                    stop = weekday.End;
                }

                mention = Mention(i, stop, day, day, DatePrecision.Day, DateRole.Named);
                return true;
            case RelativeDay.LastWeek:
                mention = Mention(i, stop, _published.AddDays(-7), _published, DatePrecision.Day, DateRole.ToPublication);
                return true;
            case RelativeDay.LastMonth:
                var lastMonth = new DateOnly(_published.Year, _published.Month, 1).AddMonths(-1);
                mention = Mention(i, stop, lastMonth, lastMonth.AddMonths(1).AddDays(-1), DatePrecision.Month, DateRole.Named);
                return true;
            case RelativeDay.ThisMonth:
                mention = Mention(i, stop, new DateOnly(_published.Year, _published.Month, 1), _published, DatePrecision.Month, DateRole.Named);
                return true;
            case RelativeDay.LastYear:
                mention = Mention(i, stop, new DateOnly(_published.Year - 1, 1, 1), new DateOnly(_published.Year - 1, 12, 31), DatePrecision.Year, DateRole.Named);
                return true;
            case RelativeDay.ThisYear:
                mention = Mention(i, stop, new DateOnly(_published.Year, 1, 1), _published, DatePrecision.Year, DateRole.Named);
                return true;
            case RelativeDay.Current:
                mention = Mention(i, stop, _published, _published, DatePrecision.Day, DateRole.Current);
                return true;
            default:
                mention = Mention(i, stop, _published, _published, DatePrecision.Day, DateRole.SameAsBefore);
                return true;
        }
    }

    private bool TryYearPart(List<Token> tokens, int i, int end, out DateMention mention)
    {
        mention = null!;
        if (!DateLexicon.YearParts.TryMatch(tokens, i, end, out var part))
        {
            return false;
        }

        var j = part.End;
        if (j < end && tokens[j].IsSymbol('-'))
        {
            j++;
        }

        if (j < end && tokens[j].IsWord && tokens[j].Conj is "عام" or "سنه" or "of")
        {
            j++;
        }

        int year;
        int stop;
        if (j < end && IsYear(tokens[j]))
        {
            year = (int)tokens[j].Value;
            stop = j + 1;
        }
        else if (j < end && tokens[j].IsWord && tokens[j].Conj is "العام" or "السنه" or "the")
        {
            var k = j + 1;
            if (tokens[j].Norm == "the" && k < end && tokens[k].Norm == "year")
            {
                k++;
            }

            year = _published.Year;
            stop = k;
            if (k < end && tokens[k].IsWord && DateLexicon.Past.Contains(tokens[k].Norm))
            {
                year--;
                stop = k + 1;
            }
            else if (k < end && tokens[k].IsWord && (DateLexicon.ThisMonthWords.Contains(tokens[k].Norm) || tokens[k].Norm is "الحالي"))
            {
                stop = k + 1;
            }
        }
        else if (j < end && tokens[j].IsWord && tokens[j].Conj == "الشهر")
        {
            // "مطلع الشهر الجاري": the current month.
            stop = j + 1;
            if (stop < end && tokens[stop].IsWord && DateLexicon.ThisMonthWords.Contains(tokens[stop].Norm))
            {
                stop++;
            }

            var month = new DateOnly(_published.Year, _published.Month, 1);
            mention = Mention(i, stop, month, _published, DatePrecision.Month, DateRole.Named);
            return true;
        }
        else if (j < end && TryPoint(tokens, j, end, out var point) && point.Month is not null && point.Day is null)
        {
            var resolved = Resolve(point, j);
            mention = Mention(i, resolved.End, resolved.From, resolved.To, DatePrecision.Month, DateRole.Named);
            return true;
        }
        else
        {
            return false;
        }

        var (start, precision) = part.Value switch
        {
            YearPart.Start => (new DateOnly(year, 1, 1), DatePrecision.Month),
            YearPart.Middle => (new DateOnly(year, 7, 1), DatePrecision.Month),
            YearPart.End => (new DateOnly(year, 12, 1), DatePrecision.Month),

            // A named season is the meteorological one, kept at season precision; a year's winter is the one its
            // January and February are in.
            YearPart.Spring => (new DateOnly(year, 3, 1), DatePrecision.Season),
            YearPart.Summer => (new DateOnly(year, 6, 1), DatePrecision.Season),
            YearPart.Autumn => (new DateOnly(year, 9, 1), DatePrecision.Season),
            _ => (new DateOnly(year - 1, 12, 1), DatePrecision.Season),
        };
        if (start > _published)
        {
            return false;
        }

        var last = start.AddMonths(precision == DatePrecision.Season ? 3 : 1).AddDays(-1);
        mention = Mention(i, stop, start, Min(last), precision, DateRole.Named);
        return true;
    }

    private bool TryWeekday(List<Token> tokens, int i, int end, out DateMention mention)
    {
        mention = null!;
        var j = i;
        var last = false;
        if (tokens[j].IsWord && tokens[j].Norm is "last" or "previous" && j + 1 < end)
        {
            last = true;
            j++;
        }

        if (!DateLexicon.Weekdays.TryMatch(tokens, j, end, out var weekday) || (!tokens[j].Arabic && !tokens[j].Capitalized))
        {
            return false;
        }

        var stop = weekday.End;
        if (stop < end && tokens[stop].IsWord && tokens[stop].Norm is "الماضي" or "المنصرم" or "الفائت")
        {
            last = true;
            stop++;
        }

        // "Tuesday, March 11", "الاثنين 3 مارس/ آذار 2025": the date itself follows.
        var k = stop < end && tokens[stop].IsSymbol(',') ? stop + 1 : stop;
        if (k < end && TryPoint(tokens, k, end, out var point) && point.Day is not null)
        {
            mention = Resolve(point, i);
            mention = With(mention, start: i);
            return true;
        }

        var day = _published;
        while (day.DayOfWeek != weekday.Value || (last && day == _published))
        {
            day = day.AddDays(-1);
        }

        // "يومي الثلاثاء والأربعاء", "on Tuesday and Wednesday": two days, the period from the first to the second.
        var and = stop < end && tokens[stop].IsWord && tokens[stop].Norm is "and" ? stop + 1 : stop;
        if (and < end && (and > stop || tokens[and].Norm != tokens[and].Conj) && DateLexicon.Weekdays.TryMatch(tokens, and, end, out var second)
            && (tokens[and].Arabic || tokens[and].Capitalized))
        {
            var to = _published;
            while (to.DayOfWeek != second.Value || (last && to == _published))
            {
                to = to.AddDays(-1);
            }

            var from = to.AddDays(-1);
            while (from.DayOfWeek != weekday.Value)
            {
                from = from.AddDays(-1);
            }

            mention = Mention(i, second.End, from, to, DatePrecision.Day, DateRole.Named);
            return true;
        }

        mention = Mention(i, stop, day, day, DatePrecision.Day, DateRole.Named);
        return true;
    }

    private bool TryPoint(List<Token> tokens, int i, int end, out Partial point) =>
        TryPartial(tokens, i, end, allowBareDay: false, out point) && (point.Month is not null || point.Year is not null);

    /// <summary>
    /// An absolute date, possibly partial: day and month ("1 أكتوبر", "Feb. 25", "الأول من تشرين الأول"), month and
    /// year, a year after its lead word ("عام 2019", "in 2019"), an ISO date; with allowBareDay, a day alone (the first
    /// half of "بين 10 و16 شباط") or a bare year (of "2014–2017").
    /// </summary>
    private bool TryPartial(List<Token> tokens, int i, int end, bool allowBareDay, out Partial partial)
    {
        partial = default;
        var token = tokens[i];
        var j = i;

        // ISO: 2025-11-13
        if (IsYear(token) && j + 4 < end && tokens[j + 1].IsSymbol('-') && IsDayNumber(tokens[j + 2], 12) && tokens[j + 3].IsSymbol('-') && IsDayNumber(tokens[j + 4], 31))
        {
            partial = new Partial((int)tokens[j + 4].Value, (int)tokens[j + 2].Value, (int)token.Value, j + 5, false, false);
            return true;
        }

        int? day = null;
        if (IsDayNumber(token, 31))
        {
            day = (int)token.Value;
            j++;
            if (j < end && tokens[j].IsWord && tokens[j].Norm is "st" or "nd" or "rd" or "th")
            {
                j++;
            }
        }
        else if (token.IsWord && DateLexicon.OrdinalDays.TryGetValue(token.Conj, out var ordinal))
        {
            day = ordinal;
            j++;
        }

        if (day is not null && j < end && tokens[j].IsWord && tokens[j].Conj is "من" or "of")
        {
            j++;
        }

        if (j < end && TryMonth(tokens, j, end, day is not null, out var month, out var afterMonth, out var lastWord, out var thisWord))
        {
            j = afterMonth;
            if (day is null && j < end && IsDayNumber(tokens[j], 31) && !IsYear(tokens[j]) && !tokens[i].Arabic
                && !(j + 1 < end && (NumberLexicon.IsScale(tokens[j + 1], out _) || FactLexicon.IsCountedNoun(tokens[j + 1]))))
            {
                // English order: "October 1, 2025", "Feb. 25".
                day = (int)tokens[j].Value;
                j++;
                if (j < end && tokens[j].IsWord && tokens[j].Norm is "st" or "nd" or "rd" or "th")
                {
                    j++;
                }
            }

            int? year = null;
            var k = j < end && tokens[j].IsSymbol(',') ? j + 1 : j;
            if (k < end && IsYear(tokens[k]))
            {
                year = (int)tokens[k].Value;
                j = k + 1;
                if (j < end && tokens[j].IsWord && tokens[j].Norm == "م")
                {
                    j++;
                }
            }

            partial = new Partial(day, month, year, j, lastWord, thisWord);
            return true;
        }

        if (day is not null)
        {
            if (allowBareDay && token.IsNumber == true || allowBareDay && token.IsWord)
            {
                partial = new Partial(day, null, null, token.IsWord ? i + 1 : j, false, false);
                return !tokens[i].IsWord || DateLexicon.OrdinalDays.ContainsKey(tokens[i].Conj);
            }

            return false;
        }

        // A year: after its lead word, or bare where a range allows it.
        if (token.IsWord && DateLexicon.YearLead.Contains(token.Conj) && i + 1 < end && IsYear(tokens[i + 1]) && !CountedAfter(tokens, i + 2, end))
        {
            partial = new Partial(null, null, (int)tokens[i + 1].Value, i + 2, false, false);
            return true;
        }

        if (IsYear(token) && !CountedAfter(tokens, i + 1, end) && (allowBareDay || (i > 0 && tokens[i - 1].IsSymbol('('))))
        {
            partial = new Partial(null, null, (int)token.Value, i + 1, false, false);
            return true;
        }

        return false;
    }

    /// <summary>A year followed by a scale or a counted word ("2025 عنصراً") is a number, not a year.</summary>
    private static bool CountedAfter(List<Token> tokens, int k, int end) =>
        k < end && tokens[k].IsWord && (NumberLexicon.IsScale(tokens[k], out _) || FactLexicon.IsCountedNoun(tokens[k]));

    private static bool TryMonth(List<Token> tokens, int j, int end, bool afterDay, out int month, out int next, out bool lastWord, out bool thisWord)
    {
        month = 0;
        next = j;
        lastWord = false;
        thisWord = false;
        if (!DateLexicon.Months.TryMatch(tokens, j, end, out var match))
        {
            return false;
        }

        month = match.Value;
        next = match.End;
        if (next < end && tokens[next].IsSymbol('.') && !tokens[j].Arabic)
        {
            next++;
        }

        var ambiguous = match.End - match.Start == 1 && DateLexicon.AmbiguousMonths.Contains(tokens[j].Conj);

        // "تشرين الأول/ أكتوبر", "نوفمبر (تشرين الثاني)": the same month in the other system.
        if (next + 1 < end && tokens[next].Kind == TokenKind.Symbol && tokens[next].Symbol is '/' or '(' or '-'
            && DateLexicon.Months.TryMatch(tokens, next + 1, end, out var other) && other.Value == month)
        {
            next = other.End;
            ambiguous = false;
            if (next < end && tokens[next].IsSymbol(')'))
            {
                next++;
            }
        }

        if (next < end && tokens[next].IsWord && DateLexicon.Past.Contains(tokens[next].Norm) && tokens[next].Arabic)
        {
            lastWord = true;
            next++;
            ambiguous = false;
        }
        else if (next < end && tokens[next].IsWord && DateLexicon.ThisMonthWords.Contains(tokens[next].Norm))
        {
            thisWord = true;
            next++;
            ambiguous = false;
        }

        if (ambiguous && !afterDay)
        {
            var dayAfter = next < end && (IsDayNumber(tokens[next], 31) || IsYear(tokens[next]));
            var leadBefore = j > 0 && tokens[j - 1].IsWord && tokens[j - 1].Conj is "in" or "since" or "منذ" or "في" or "خلال" or "until" or "early" or "late" or "mid" or "of";
            if (!dayAfter && !leadBefore)
            {
                return false;
            }
        }

        return true;
    }

    private DateMention Resolve(Partial p, int start)
    {
        if (p.Day is { } day && p.Month is { } month)
        {
            var year = p.Year ?? YearOf(month, day, p.LastWord);
            var date = SafeDate(year, month, day);
            return Mention(start, p.End, date, date, DatePrecision.Day, DateRole.Named);
        }

        if (p.Month is { } onlyMonth)
        {
            var year = p.Year ?? YearOf(onlyMonth, 1, p.LastWord);
            var first = new DateOnly(year, onlyMonth, 1);
            return Mention(start, p.End, first, Min(first.AddMonths(1).AddDays(-1)), DatePrecision.Month, DateRole.Named);
        }

        var onlyYear = p.Year!.Value;
        return Mention(start, p.End, new DateOnly(onlyYear, 1, 1), Min(new DateOnly(onlyYear, 12, 31)), DatePrecision.Year, DateRole.Named);
    }

    /// <summary>The latest year in which (month, day) falls on or before publication; "الماضي" excludes the current month.</summary>
    private int YearOf(int month, int day, bool last)
    {
        var year = _published.Year;
        if (month > _published.Month || (month == _published.Month && (day > _published.Day || (last && day == 1))))
        {
            year--;
        }

        return year;
    }

    private DateOnly Min(DateOnly date) => date > _published && date.Year == _published.Year ? _published : date;

    private static DateOnly SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static HashSet<string> BuildStartWords()
    {
        var words = new HashSet<string>(DateLexicon.Since, StringComparer.Ordinal);
        words.UnionWith(DateLexicon.YearLead);
        words.UnionWith(DateLexicon.Past);
        words.UnionWith(DateLexicon.Units.Keys);
        words.UnionWith(DateLexicon.OrdinalDays.Keys);
        words.UnionWith(TextFolding.Set("قبل", "so", "the", "over", "in", "during", "for", "within", "خلال", "في", "طوال", "ال", "last", "previous", "mid"));
        return words;
    }

    private static bool IsYear(Token token) => token.IsNumber && !token.HasSeparator && token.DigitCount == 4 && token.Value is >= 1900 and <= 2100;

    private static bool IsDayNumber(Token token, int max) => token.IsNumber && !token.HasSeparator && token.DigitCount <= 2 && token.Value >= 1 && token.Value <= max;

    private static DateMention Mention(int start, int end, DateOnly from, DateOnly to, DatePrecision precision, DateRole role) =>
        new() { Start = start, End = end, From = from, To = to, Precision = precision, Role = role };

    private static DateMention With(DateMention mention, int start) =>
        new() { Start = start, End = mention.End, From = mention.From, To = mention.To, Precision = mention.Precision, Role = mention.Role };

    private readonly record struct Partial(int? Day, int? Month, int? Year, int End, bool LastWord, bool ThisWord);
}
