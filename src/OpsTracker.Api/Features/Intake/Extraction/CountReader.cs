using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Reads a figure at a token: digits with an optional scale word ("30 ألفاً", "2.5 million"), number words of both
/// languages, compound Arabic numbers joined by و ("خمسة وعشرين", "ثلاثة آلاف وخمسمئة"), vague quantities ("عشرات",
/// "hundreds"), then a range ("2,500–3,000", "بين 1500 و3000", "من ألفين إلى 2500", "2,500 to 3,000") and the words
/// that qualify it before or after ("أكثر من", "at least", "على الأقل").
/// </summary>
internal static class CountReader
{
    private static readonly HashSet<string> ChangeWords = TextFolding.Set(

        "انخفض", "انخفضت", "تراجع", "تراجعت", "ارتفع", "ارتفعت", "زاد", "زادت", "تقلص", "تقلصت", "هبط", "هبطت", "fell", "rose",
        "dropped", "declined", "increased", "decreased", "grew", "down", "up");

    public static bool TryRead(List<Token> tokens, int i, int limit, bool[] taken, out CountMention count)
    {
        count = null!;
        if (taken[i] || !TryReadNumber(tokens, i, limit, taken, out var first))
        {
            return false;
        }

        count = first;
        ReadRange(tokens, limit, taken, count);
        ReadQualifierBefore(tokens, count);
        ReadQualifierAfter(tokens, limit, count);
        return true;
    }

    /// <summary>A number alone, without range or qualifier.</summary>
    public static bool TryReadNumber(List<Token> tokens, int i, int limit, bool[] taken, out CountMention number)
    {
        number = null!;
        var token = tokens[i];
        if (token.IsNumber)
        {
            var value = token.Value;
            var end = i + 1;
            if (end < limit && !taken[end] && NumberLexicon.IsScale(tokens[end], out var scale))
            {
                value *= scale;
                end++;
            }
            else if (end + 1 < limit && tokens[end].IsSymbol('-') && !tokens[end].SpaceBefore && NumberLexicon.IsScale(tokens[end + 1], out var hyphenScale))
            {
                value *= hyphenScale;
                end += 2;
            }

            // "31 ألفاً و200": the rest after the thousands, joined by "و".
            if (end > i + 1 && NumberLexicon.IsScale(tokens[end - 1], out var joinedScale) && end + 1 < limit && !taken[end + 1]
                && tokens[end].IsWord && tokens[end].Norm == "و" && TryReadNumber(tokens, end + 1, limit, taken, out var rest)
                && !rest.Vague && rest.Best < joinedScale && rest.End - rest.NumberStart <= 2)
            {
                value += rest.Best;
                end = rest.End;
            }

            var yearLike = end == i + 1 && !token.HasSeparator && token.DigitCount == 4 && token.Value is >= 1900 and <= 2100;
            number = new CountMention { Start = i, NumberStart = i, End = end, Best = (long)Math.Round(value), YearLike = yearLike };
            return value >= 0 && value < int.MaxValue && Math.Abs(value - Math.Round(value)) < 1e-9;
        }

        if (!token.IsWord)
        {
            return false;
        }

        if (NumberLexicon.Vague.TryMatch(tokens, i, limit, out var vague))
        {
            var (low, high) = (vague.Value.Low, vague.Value.High);
            var end = vague.End;

            // "بضعة آلاف", "several hundred": the vague count of a scale.
            if (end < limit && tokens[end].IsWord && NumberLexicon.Words.TryGetValue(tokens[end].Norm, out var scaleWord)
                && scaleWord.Kind is NumberWordKind.Scale or NumberWordKind.PluralScale or NumberWordKind.Hundred && high is not null && high < 10)
            {
                low *= scaleWord.Value;
                high *= scaleWord.Value;
                end++;
            }

            number = high is null
                ? new CountMention { Start = i, NumberStart = i, End = end, Best = low, Qualifier = CountQualifier.AtLeast, Vague = true }
                : new CountMention { Start = i, NumberStart = i, End = end, Best = low, Low = low, High = high, Qualifier = CountQualifier.Range, Vague = true };
            return true;
        }

        return TryReadWords(tokens, i, limit, out number);
    }

    private static bool TryReadWords(List<Token> tokens, int i, int limit, out CountMention number)
    {
        number = null!;
        long total = 0;
        long current = 0;
        var j = i;
        var read = false;
        var lastKind = (NumberWordKind?)null;
        var lastWord = (NumberWord?)null;
        var implied = CountQualifier.Exact;

        // "a dozen", "a hundred", "a thousand"
        if (tokens[j].Norm is "a" or "an" && j + 1 < limit && NumberLexicon.Words.TryGetValue(tokens[j + 1].Norm, out var article)
            && article.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen)
        {
            j++;
        }

        while (j < limit && tokens[j].IsWord)
        {
            var token = tokens[j];
            var joined = token.Conj != token.Norm;
            if (read && joined && !token.Arabic)
            {
                break;
            }

            var key = read || !token.Arabic ? token.Conj : token.Conj;
            if (token.Arabic && key.StartsWith("ال", StringComparison.Ordinal) && key != "الف" && key != "الفا" && key != "الاف" && key != "الفين" && key != "الفان" && key != "الفي")
            {
                // The article makes a number word an ordinal or a definite adjective ("العضو التسعين", "الأشهر الستة").
                break;
            }

            if (!NumberLexicon.Words.TryGetValue(key, out var word))
            {
                break;
            }

            // "ألفين وخمسمئة وثلاثة آلاف": after a thousands group and its hundreds, "و" and a new thousands group is a second number.
            if (read && joined && total > 0 && current > 0 && word.Kind is NumberWordKind.Unit or NumberWordKind.Tens
                && j + 1 < limit && tokens[j + 1].IsWord && NumberLexicon.Words.TryGetValue(tokens[j + 1].Conj, out var following)
                && following.Kind is NumberWordKind.Scale or NumberWordKind.PluralScale)
            {
                break;
            }

            if (word.Kind == NumberWordKind.PluralScale && !read)
            {
                break;
            }

            // "خمسة وسبعة", "عشرين وثلاثين": two numbers of one order joined by "و" are a range's two ends, not a sum;
            // a compound goes down in order, but for units before tens ("خمسة وعشرين").
            if (read && joined && lastWord is { } previousWord && Order(word) >= Order(previousWord)
                && !(previousWord.Kind == NumberWordKind.Unit && word.Kind == NumberWordKind.Tens && word.Value < 100))
            {
                break;
            }

            switch (word.Kind)
            {
                case NumberWordKind.Unit or NumberWordKind.Tens:
                    if (read && lastKind is NumberWordKind.Unit or NumberWordKind.Tens && !joined && token.Arabic)
                    {
                        // Two units side by side are two numbers ("خمسة ستة"), not one.
                        goto done;
                    }

                    current += word.Value;
                    break;
                case NumberWordKind.Ten:
                    current += 10;
                    break;
                case NumberWordKind.Hundred:
                    current = current is > 0 and < 10 && !joined ? current * 100 : current + 100;
                    break;
                case NumberWordKind.Dozen:
                    current = (current == 0 ? 1 : current) * 12;
                    implied = CountQualifier.Approximately;
                    break;
                case NumberWordKind.DualScale:
                    total += current == 0 ? word.Value : current * word.Value / 2;
                    current = 0;
                    break;
                default:
                    total += (current == 0 ? 1 : current) * word.Value;
                    current = 0;
                    break;
            }

            read = true;
            lastKind = word.Kind;
            lastWord = word;
            j++;

            // Joiners: a separate "و", English "and" before a number word, the hyphen of "twenty-two".
            if (j + 1 < limit && tokens[j].IsWord && tokens[j].Norm is "و" or "and" && NumberLexicon.Words.ContainsKey(tokens[j + 1].Conj)
                && (tokens[j].Norm == "و" || word.Kind is NumberWordKind.Hundred or NumberWordKind.Scale))
            {
                j++;
            }
            else if (j + 1 < limit && tokens[j].IsSymbol('-') && !tokens[j].SpaceBefore && !token.Arabic && NumberLexicon.Words.ContainsKey(tokens[j + 1].Norm))
            {
                j++;
            }
        }

    done:
        if (!read)
        {
            return false;
        }

        // A trailing joiner that led nowhere is not part of the number.
        var end = j;
        while (end > i && tokens[end - 1].IsWord && !NumberLexicon.Words.ContainsKey(tokens[end - 1].Conj) && tokens[end - 1].Norm is "و" or "and")
        {
            end--;
        }

        // "ألفاً و500": the rest after a scale word, in digits.
        if (current == 0 && total > 0 && lastWord is { Kind: NumberWordKind.Scale or NumberWordKind.DualScale } scaleWord && end + 1 < limit
            && tokens[end].IsWord && tokens[end].Norm == "و" && tokens[end + 1].IsNumber && tokens[end + 1].Value < Math.Min(scaleWord.Value, 1000))
        {
            total += (long)tokens[end + 1].Value;
            end += 2;
        }

        number = new CountMention { Start = i, NumberStart = i, End = end, Best = total + current, Qualifier = implied };
        return number.Best > 0;
    }

    /// <summary>The order of a number word: units and tens 0, hundreds 1, scales by their size.</summary>
    private static int Order(NumberWord word) => word.Kind switch
    {
        NumberWordKind.Unit or NumberWordKind.Ten => 0,
        NumberWordKind.Tens => word.Value >= 200 ? 1 : 0,
        NumberWordKind.Hundred => 1,
        _ => word.Value >= 1_000_000 ? 3 : 2,
    };

    private static void ReadRange(List<Token> tokens, int limit, bool[] taken, CountMention count)
    {
        var j = count.End;
        if (j >= limit || count.Vague)
        {
            return;
        }

        var opener = Opener(tokens, count.NumberStart);
        var connector = tokens[j];
        int second;
        if (connector.Kind == TokenKind.Symbol && connector.Symbol is '-' or '–' or '—' or '~')
        {
            second = j + 1;
        }
        else if (connector.IsWord && connector.Norm is "to" or "الي" or "حتي" && opener is null or RangeOpener.From)
        {
            second = j + 1;
            if (connector.Arabic && opener is null)
            {
                return;
            }
        }
        else if (connector.IsWord && connector.Norm is "و" or "and" && opener == RangeOpener.Between)
        {
            second = j + 1;
        }
        else if (connector.IsWord && connector.Norm is "or" or "او" && count.Best < 100)
        {
            second = j + 1;
        }
        else if (connector.IsWord && opener == RangeOpener.Between && connector.Norm.Length > 1 && connector.Norm[0] == 'و' && connector.Arabic)
        {
            second = j;
        }
        else
        {
            return;
        }

        if (second >= limit || taken[second] || !TryReadNumber(tokens, second, limit, taken, out var high) || high.Vague)
        {
            return;
        }

        if (count.YearLike && high.YearLike)
        {
            return;
        }

        var low = count.Best;
        if (count.End == count.NumberStart + 1 && high.End - high.NumberStart > 1 && tokens[count.NumberStart].IsNumber && high.Best > 999 && low < 1000
            && tokens[high.End - 1].IsWord && NumberLexicon.IsScale(tokens[high.End - 1], out var scale))
        {
            // "بين 2 و3 آلاف", "2 to 3 million": the scale is shared.
            low *= scale;
        }

        if (high.Best <= low)
        {
            return;
        }

        if (opener == RangeOpener.From && HasChangeWordBefore(tokens, count.NumberStart))
        {
            // "انخفض من 70 ألف … إلى نحو 30 ألفاً" is two figures, not a range.
            return;
        }

        count.Low = low;
        count.High = high.Best;
        count.Best = (low + high.Best) / 2;
        count.Qualifier = CountQualifier.Range;
        count.End = high.End;
        if (opener is not null && NumberLexicon.RangeOpeners.TryMatchEndingAt(tokens, count.NumberStart - 1, Math.Max(0, count.NumberStart - 4), out var openerMatch))
        {
            count.Start = openerMatch.Start;
        }
    }

    private static RangeOpener? Opener(List<Token> tokens, int numberStart)
    {
        if (numberStart == 0)
        {
            return null;
        }

        var previous = tokens[numberStart - 1];
        if (!previous.IsWord)
        {
            return null;
        }

        if (NumberLexicon.RangeOpeners.TryMatchEndingAt(tokens, numberStart - 1, Math.Max(0, numberStart - 4), out var match))
        {
            return match.Value;
        }

        // "بما بين", "بين" written onto a particle.
        return previous.Has("بين") ? RangeOpener.Between : null;
    }

    private static bool HasChangeWordBefore(List<Token> tokens, int numberStart)
    {
        for (var k = numberStart - 1; k >= Math.Max(0, numberStart - 5); k--)
        {
            if (tokens[k].IsWord && (ChangeWords.Contains(tokens[k].Conj) || ChangeWords.Contains(tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadQualifierBefore(List<Token> tokens, CountMention count)
    {
        var last = count.Start - 1;
        if (last < 0)
        {
            return;
        }

        if (NumberLexicon.Before.TryMatchEndingAt(tokens, last, Math.Max(0, last - 4), out var match))
        {
            if (count.Qualifier != CountQualifier.Range)
            {
                if (count.Vague && match.Value is CountQualifier.Approximately)
                {
                    // "نحو عشرات": the vague bounds already say it.
                }
                else if (count.Vague)
                {
                    count.Qualifier = match.Value;
                    count.Low = null;
                    count.High = null;
                }
                else
                {
                    count.Qualifier = match.Value;
                }
            }

            count.Start = match.Start;
        }
    }

    private static void ReadQualifierAfter(List<Token> tokens, int limit, CountMention count)
    {
        if (count.Qualifier is not CountQualifier.Exact || count.Vague)
        {
            return;
        }

        // Right after the figure, or after its noun: "11 مدنياً على الأقل", "five people or more".
        for (var k = count.End; k < Math.Min(limit, count.End + 3); k++)
        {
            if (NumberLexicon.After.TryMatch(tokens, k, limit, out var match))
            {
                count.Qualifier = match.Value;
                return;
            }

            if (!tokens[k].IsWord || k > count.End && FactLexicon.IsTrigger(tokens, k, limit))
            {
                return;
            }
        }
    }
}
