using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Reads the answers of /stats/camp-populations and /stats/detainee-figures: <c>{ series: [{ …, figures: [...] }] }</c>.</summary>
public static class FigureSeriesAnswer
{
    /// <summary>GETs the series, failing unless the answer is 200.</summary>
    public static async Task<List<JsonObject>> GetSeriesAsync(this HttpClient client, string path, string query = "")
    {
        var answer = await client.GetObjectAsync(ListHttp.WithQuery(path, query));
        return answer["series"]!.AsArray().Select(series => series!.AsObject()).ToList();
    }

    public static List<long> FigureIds(JsonObject series) => Figures(series).Select(figure => figure.Id()).ToList();

    /// <summary>Every figure of every series, by id.</summary>
    public static Dictionary<long, JsonObject> FiguresById(IEnumerable<JsonObject> series) =>
        series.SelectMany(Figures).ToDictionary(figure => figure.Id());

    /// <summary>The figure is marked conflicting exactly when <paramref name="others"/> is not empty, and names exactly those.</summary>
    public static void AssertConflicts(JsonObject figure, IReadOnlyList<long> others)
    {
        Assert.True(figure["conflicting"]!.GetValue<bool>() == others.Count > 0, $"conflicting should be {others.Count > 0}: {figure.ToJsonString()}");
        Assert.Equal(others, figure["conflictsWith"]!.AsArray().Select(id => id!.GetValue<long>()));
    }

    private static IEnumerable<JsonObject> Figures(JsonObject series) => series["figures"]!.AsArray().Select(figure => figure!.AsObject());
}
