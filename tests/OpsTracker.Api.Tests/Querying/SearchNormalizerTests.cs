using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Tests.Querying;

public sealed class SearchNormalizerTests
{
    [Theory]
    [InlineData("الهوْل", "الهول")] // sukun
    [InlineData("الهَوْلُ", "الهول")] // fatha, sukun, damma
    [InlineData("الهـــول", "الهول")] // tatweel
    [InlineData("أبو عبد الرحمن", "ابو عبد الرحمن")] // alef with hamza above
    [InlineData("إبراهيم", "ابراهيم")] // alef with hamza below
    [InlineData("آمنة", "امنه")] // alef with madda, teh marbuta
    [InlineData("ٱلله", "الله")] // alef wasla
    [InlineData("موسى", "موسي")] // alef maksura
    [InlineData("الدولة", "الدوله")] // teh marbuta
    [InlineData("مؤسسة", "موسسه")] // waw with hamza
    [InlineData("قائد", "قايد")] // yeh with hamza
    [InlineData("ﺍﻟﻬﻮﻝ", "الهول")] // presentation forms
    public void Arabic_spellings_of_one_name_fold_together(string reported, string normalized) =>
        Assert.Equal(normalized, SearchNormalizer.Normalize(reported));

    [Theory]
    [InlineData("al-Hol", "al hol")]
    [InlineData("Al Hol", "al hol")]
    [InlineData("AL‑HOL", "al hol")] // non-breaking hyphen
    [InlineData("  al   Hol  ", "al hol")]
    [InlineData("Mósul", "mosul")]
    [InlineData("Deir ez-Zor", "deir ez zor")]
    [InlineData("\"Abu Abdul Rahman\"", "abu abdul rahman")]
    public void Latin_case_accents_and_punctuation_fold_together(string reported, string normalized) =>
        Assert.Equal(normalized, SearchNormalizer.Normalize(reported));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  -- ,, ")]
    public void Text_without_letters_or_digits_normalizes_to_nothing(string? text) =>
        Assert.Equal("", SearchNormalizer.Normalize(text));

    [Fact]
    public void Fields_are_kept_apart_so_no_match_spans_two_of_them()
    {
        var combined = SearchNormalizer.Combine(["al-Hol", null, "", "Camp"]);

        Assert.Equal("al hol|camp", combined);
        Assert.DoesNotContain(SearchNormalizer.Normalize("hol camp"), combined);
    }
}
