using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Paging;

/// <summary>
/// Keyset paging (after=nextCursor): walking a list by its cursors gives every record once, in the list's order, for
/// any sort (descending, nullable and enum fields, several fields), even when records are added and deleted between
/// pages; a cursor that is not one, or one made for another sort, is a 400 naming after; after with page is a 400.
/// </summary>
public sealed partial class KeysetPagingTests : ApiTest
{
    private static readonly string[] Sorts =
    [
        "", "-id", "publisher", "-publisher", "publishedOn,-title", "-publishedOn", "kind,reliability", "-reliability,publisher", "retrievedOn", "-retrievedOn,title", "-updatedAt",
    ];

    [Fact]
    public async Task Walking_every_page_by_cursor_gives_each_record_once_in_the_sort_order_of_the_list()
    {
        await CreateSourcesAsync(13);

        foreach (var sort in Sorts)
        {
            var query = sort.Length == 0 ? "" : $"sort={sort}";
            var whole = await Client.ListIdsAsync(Paths.Sources, query);
            var walked = await WalkAsync(ListHttp.WithQuery(Paths.Sources, query, "pageSize=3"));
            Assert.True(whole.SequenceEqual(walked), $"sort={sort}: walked {string.Join(",", walked)}, the list is {string.Join(",", whole)}.");
        }
    }

    [Fact]
    public async Task Records_added_and_deleted_between_pages_neither_repeat_nor_skip_the_others()
    {
        await CreateSourcesAsync(10);
        foreach (var sort in new[] { "publisher", "-publishedOn" })
        {
            var before = await Client.ListIdsAsync(Paths.Sources, $"sort={sort}");
            var first = await Client.GetObjectAsync($"{Paths.Sources}?sort={sort}&pageSize=4");
            var seen = first["items"]!.AsArray().Select(item => item!["id"]!.GetValue<long>()).ToList();

            // One record not yet read is deleted and one added, with values that sort among those not yet read.
            var deleted = before[6];
            using (var delete = await Client.DeleteAsync($"{Paths.Sources}/{deleted}"))
            {
                await delete.AssertStatusAsync(HttpStatusCode.NoContent);
            }

            var added = await Client.CreateIdAsync(Paths.Sources, SourceNumbered(99));
            seen.AddRange(await WalkAsync($"{Paths.Sources}?sort={sort}&pageSize=4&after={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}"));

            var after = await Client.ListIdsAsync(Paths.Sources, $"sort={sort}");
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.DoesNotContain(deleted, seen);
            Assert.All(before.Where(id => id != deleted), id => Assert.Contains(id, seen));
            Assert.Equal(after.Where(seen.Contains), seen);
            using var cleanUp = await Client.DeleteAsync($"{Paths.Sources}/{added}");
            await cleanUp.AssertStatusAsync(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task A_cursor_page_answers_nextCursor_and_a_next_link_until_the_last_page()
    {
        await CreateSourcesAsync(5);

        using var response = await Client.GetAsync($"{Paths.Sources}?pageSize=2&sort=-id&count=none");
        var page = await response.ReadObjectAsync();
        var cursor = page["nextCursor"]!.GetValue<string>();
        var next = await LinksAsync($"{Paths.Sources}?pageSize=2&sort=-id&after={cursor}");
        Assert.Equal(["first", "next"], next.Keys);
        Assert.Equal("http://localhost/api/v1/sources?pageSize=2&sort=-id", next["first"]);
        Assert.StartsWith("http://localhost/api/v1/sources?pageSize=2&sort=-id&after=", next["next"], StringComparison.Ordinal);

        var lastPage = await Client.GetObjectAsync(new Uri(next["next"]).PathAndQuery);
        Assert.Single(lastPage["items"]!.AsArray());
        Assert.Null(lastPage["nextCursor"]);
        Assert.Equal(5, lastPage["totalCount"]!.GetValue<int>());
        Assert.Equal(["first"], (await LinksAsync(new Uri(next["next"]).PathAndQuery)).Keys);
    }

    [Fact]
    public async Task Exports_start_after_a_cursor_too()
    {
        var ids = await CreateSourcesAsync(4);
        var page = await Client.GetObjectAsync($"{Paths.Sources}?pageSize=2");
        var csv = await Client.GetStringAsync($"{Paths.Sources}?format=csv&after={page["nextCursor"]!.GetValue<string>()}");
        Assert.Equal(ids.Skip(2).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)), CsvTable.Parse(csv).Column("id"));
    }

    [Fact]
    public async Task A_bad_cursor_a_cursor_of_another_sort_and_after_with_page_are_400s_naming_the_parameter()
    {
        await CreateSourcesAsync(3);
        var cursor = (await Client.GetObjectAsync($"{Paths.Sources}?pageSize=1&sort=publisher"))["nextCursor"]!.GetValue<string>();

        await Client.AssertRefusedAsync($"{Paths.Sources}?after=not-a-cursor", "after");
        await Client.AssertRefusedAsync($"{Paths.Sources}?after=%E2%9C%93", "after");
        await Client.AssertRefusedAsync($"{Paths.Sources}?after={Tampered(cursor)}", "after");
        await Client.AssertRefusedAsync($"{Paths.Sources}?after={cursor}", "after");
        await Client.AssertRefusedAsync($"{Paths.Sources}?sort=-publisher&after={cursor}", "after");
        await Client.AssertRefusedAsync($"{Paths.Casualties}?sort=publisher&after={cursor}", "sort", "after");
        await Client.AssertRefusedAsync($"{Paths.Sources}?sort=publisher&after={cursor}&page=2", "page");
        using var good = await Client.GetAsync($"{Paths.Sources}?sort=publisher&after={cursor}");
        await good.AssertStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>The cursor with one character of its payload changed, as a hand edit would.</summary>
    private static string Tampered(string cursor)
    {
        var characters = cursor.ToCharArray();
        characters[5] = characters[5] == 'A' ? 'B' : 'A';
        return new string(characters);
    }

    private async Task<List<long>> WalkAsync(string firstPage)
    {
        var ids = new List<long>();
        string? next = firstPage;
        for (var pages = 0; next is not null; pages++)
        {
            Assert.True(pages < 100, "The walk does not end.");
            using var response = await Client.GetAsync(next);
            await response.AssertStatusAsync(HttpStatusCode.OK);
            var page = await response.ReadObjectAsync();
            ids.AddRange(page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<long>()));
            var links = response.Headers.TryGetValues("Link", out var values)
                ? LinkValue().Matches(string.Join(", ", values)).ToDictionary(m => m.Groups["rel"].Value, m => m.Groups["url"].Value)
                : [];
            var cursor = page["nextCursor"]?.GetValue<string>();
            Assert.Equal(cursor is not null, links.ContainsKey("next") && (pages > 0 || cursor is not null));
            next = cursor is null ? null : ListHttp.WithQuery(RemoveAfter(firstPage), $"after={Uri.EscapeDataString(cursor)}");
            if (pages > 0 && next is not null)
            {
                Assert.Equal(next, new Uri(links["next"]).PathAndQuery);
            }
        }

        return ids;
    }

    private static string RemoveAfter(string pathAndQuery) => AfterParameter().Replace(pathAndQuery, "");

    private async Task<List<long>> CreateSourcesAsync(int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await Client.CreateIdAsync(Paths.Sources, SourceNumbered(i)));
        }

        return ids;
    }

    /// <summary>Sources whose publisher, date, kind and grade repeat and are sometimes missing, so sorts tie and meet nulls.</summary>
    private static JsonObject SourceNumbered(int i)
    {
        var source = Payloads.Source();
        source["title"] = $"Report {i % 4}";
        source["publisher"] = (i % 3) switch { 0 => "Sputnik Arabic", 1 => "Shafaq News", _ => "CENTCOM" };
        source["retrievedOn"] = i % 2 == 0 ? null : $"2025-12-0{1 + (i % 3)}";
        source["publishedOn"] = i % 5 == 0 ? null : $"2025-11-{1 + (i % 4):00}";
        source["kind"] = (i % 3) switch { 0 => "newsReport", 1 => "officialStatement", _ => "socialMedia" };
        source["reliability"] = (i % 4) switch { 0 => "A", 1 => "C", 2 => null, _ => "F" };
        return source;
    }

    private async Task<Dictionary<string, string>> LinksAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.True(response.Headers.TryGetValues("Link", out var values), $"{pathAndQuery} has no Link header.");
        return LinkValue().Matches(string.Join(", ", values)).ToDictionary(match => match.Groups["rel"].Value, match => match.Groups["url"].Value);
    }

    [GeneratedRegex("<(?<url>[^>]+)>; rel=\"(?<rel>[a-z]+)\"")]
    private static partial Regex LinkValue();

    [GeneratedRegex("[?&]after=[^&]*")]
    private static partial Regex AfterParameter();
}
