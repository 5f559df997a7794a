using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Reads list answers (the records a query matches, in order) and the refusals of bad query values.</summary>
public static class ListHttp
{
    /// <summary>Larger than any data set a test builds, so one page holds every match.</summary>
    private const int WholeList = 500;

    /// <summary>
    /// The records <paramref name="query"/> matches, in the order the list answers them; fails unless the answer is
    /// 200 and its totalCount agrees with the records on the page.
    /// </summary>
    public static async Task<List<JsonObject>> ListAsync(this HttpClient client, string collection, string query = "")
    {
        var page = await client.GetObjectAsync(WithQuery(collection, query, $"pageSize={WholeList}"));
        var items = page["items"]!.AsArray().Select(item => item!.AsObject()).ToList();
        Assert.Equal(items.Count, page["totalCount"]!.GetValue<int>());
        return items;
    }

    /// <summary>The ids of the records <paramref name="query"/> matches, in the order the list answers them.</summary>
    public static async Task<List<long>> ListIdsAsync(this HttpClient client, string collection, string query = "") =>
        (await client.ListAsync(collection, query)).Select(item => item.Id()).ToList();

    /// <summary>GETs <paramref name="pathAndQuery"/> and asserts a 400 whose errors name exactly <paramref name="parameters"/>.</summary>
    public static async Task<ApiProblem> AssertRefusedAsync(this HttpClient client, string pathAndQuery, params string[] parameters)
    {
        using var response = await client.GetAsync(pathAndQuery);
        return await ProblemAssert.IsValidationProblemAsync(response, parameters);
    }

    /// <summary>"q=…" with the text percent-encoded as UTF-8, as a browser sends Arabic in a URL.</summary>
    public static string Search(string text) => $"q={Uri.EscapeDataString(text)}";

    /// <summary><paramref name="path"/> with the query parts appended, skipping empty ones.</summary>
    public static string WithQuery(string path, params string[] parts)
    {
        var query = Join(parts);
        return query.Length == 0 ? path : $"{path}{(path.Contains('?') ? '&' : '?')}{query}";
    }

    /// <summary>Query parts joined with '&amp;', skipping empty ones: ("", "outcome=killed") is "outcome=killed".</summary>
    public static string Join(params string[] parts) => string.Join('&', parts.Where(part => part.Length > 0));
}
