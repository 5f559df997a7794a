using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Statements;

/// <summary>
/// The sample statements are the seed reports' words: each statement's quote is found, byte for byte, in the quote of
/// one of its citations (the passage of the report that gives it), and a remark both reports relay is one statement
/// citing both, each with its own words.
/// </summary>
public sealed class StatementSampleDataTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task Every_sample_statements_quote_is_in_the_words_a_citation_gives()
    {
        var statements = await Client.AllAsync("statements");

        Assert.Equal(17, statements.Count);
        Assert.All(statements, statement =>
        {
            var quote = statement["quote"]!.GetValue<string>();
            var cited = statement["citations"]!.AsArray().Select(citation => citation!["quote"]?.GetValue<string>()).OfType<string>();
            Assert.Contains(cited, words => words.Contains(quote, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Centcoms_commander_on_pursuing_isis_is_one_statement_citing_both_reports_in_their_words()
    {
        var sources = (await Client.AllAsync("sources")).ToDictionary(source => source["externalId"]!.GetValue<string>(), source => source.Id());
        var pursuit = (await Client.AllAsync("statements")).Single(statement => statement["externalId"]!.GetValue<string>() == "sample:statement:cooper-pursue-isis-remnants");

        Assert.Equal(
            [sources["sample:source:centcom-2025-11-13"], sources["sample:source:sputnik-arabic-2025-11-13"], sources["sample:source:shafaq-news-2025-11-13"]],
            pursuit["citations"]!.AsArray().Select(citation => citation!["sourceId"]!.GetValue<long>()));
        Assert.Contains("الولايات المتحدة ستواصل ملاحقة فلول التنظيم بشراسة", pursuit["citations"]![2]!["quote"]!.GetValue<string>(), StringComparison.Ordinal);

        // Both reports relay the one CENTCOM statement, so two reports of it are still one source's word.
        Assert.Equal("singleSource", pursuit["status"]!.GetValue<string>());
    }
}
