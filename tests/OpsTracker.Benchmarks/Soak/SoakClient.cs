using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OpsTracker.Benchmarks.Soak;

/// <summary>
/// One of the soak's connections: a client that sends request after request, each of a kind drawn by weight, as a mix
/// of analysts and scripts would: pages, records by id, filtered pages and searches, summaries; records created,
/// changed and deleted (its own); and small CSV imports. Every answer goes into the <see cref="SoakTally"/>.
/// </summary>
public sealed class SoakClient(HttpClient client, SoakTally tally, int number, int seededRecords)
{
    public const string Page = "GET page";
    public const string ById = "GET by id";
    public const string Filtered = "GET filtered or q";
    public const string Summary = "GET summary";
    public const string Create = "POST";
    public const string Update = "PUT";
    public const string Delete = "DELETE";
    public const string Import = "POST import (CSV, 50 rows)";

    private const int ImportRows = 50;

    /// <summary>The kinds and their weights: reads are most of the load, writes a quarter, imports a few.</summary>
    private static readonly (string Kind, int Weight)[] Mix =
        [(Page, 25), (ById, 20), (Filtered, 15), (Summary, 10), (Create, 13), (Update, 10), (Delete, 4), (Import, 3)];

    private static readonly int TotalWeight = Mix.Sum(kind => kind.Weight);

    private readonly Random _random = new(1000 + number);
    private readonly List<(long Id, JsonObject Body)> _created = [];
    private int _sequence;

    /// <summary>
    /// Sends requests until <paramref name="stop"/>, and lets the one in flight then finish: a request cut off by the
    /// client is not what the run measures (the API only sees a disconnect), and each cut-off write left EF's log
    /// lines of a transaction cancelled half-way.
    /// </summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var kind = Draw();
            try
            {
                await SendAsync(kind);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                tally.Failed(kind, $"no answer: {exception.Message}");
            }
        }
    }

    private string Draw()
    {
        var roll = _random.Next(TotalWeight);
        foreach (var (kind, weight) in Mix)
        {
            if (roll < weight)
            {
                return kind;
            }

            roll -= weight;
        }

        return Page;
    }

    private async Task SendAsync(string kind)
    {
        switch (kind)
        {
            case Page:
                await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, $"api/v1/casualties?page={_random.Next(1, 201)}&pageSize=50"));
                break;
            case ById:
                await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, $"api/v1/casualties/{_random.Next(1, seededRecords + 1)}"));
                break;
            case Filtered:
                var filtered = _random.Next(2) == 0
                    ? $"api/v1/casualties?country=SY&affiliation=isis&page={_random.Next(1, 21)}&pageSize=50"
                    : $"api/v1/casualties?q={Uri.EscapeDataString(_random.Next(2) == 0 ? "الهول" : "Hajin")}&pageSize=50";
                await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, filtered));
                break;
            case Summary:
                var year = _random.Next(2014, 2026);
                var summary = _random.Next(2) == 0 ? "api/v1/stats/summary" : $"api/v1/stats/summary?country=IQ&from={year}-01-01&to={year}-12-31";
                await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, summary));
                break;
            case Update when _created.Count > 0:
                var (id, body) = _created[_random.Next(_created.Count)];
                body["notes"] = $"عُدّل السجل {number}-{++_sequence}";
                await SendAsync(kind, Json(HttpMethod.Put, $"api/v1/casualties/{id}", body));
                break;
            case Delete when _created.Count > 0:
                var at = _random.Next(_created.Count);
                var (deleted, _) = await SendAsync(kind, new HttpRequestMessage(HttpMethod.Delete, $"api/v1/casualties/{_created[at].Id}"));
                if (deleted == 204)
                {
                    _created.RemoveAt(at);
                }

                break;
            case Import:
                await SendAsync(kind, Csv());
                break;
            default:
                // A create, and an update or delete before this client has created anything.
                var record = NewRecord();
                var (_, created) = await SendAsync(Create, Json(HttpMethod.Post, "api/v1/casualties", record));
                if (created?["id"]?.GetValue<long>() is { } newId)
                {
                    _created.Add((newId, record));
                }

                break;
        }
    }

    /// <summary>Sends one request, timing it to the end of its body: its status, and its body when it is a 2xx JSON object.</summary>
    private async Task<(int Status, JsonObject? Body)> SendAsync(string kind, HttpRequestMessage request)
    {
        using (request)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            tally.Answered(kind, status, clock.Elapsed.TotalMilliseconds, response.Headers.RetryAfter is not null,
                status >= 400 ? $"{request.Method} {request.RequestUri}: {(body.Length > 300 ? body[..300] : body)}" : null);
            return (status, response.IsSuccessStatusCode && body.StartsWith('{') ? JsonNode.Parse(body) as JsonObject : null);
        }
    }

    private JsonObject NewRecord() => new()
    {
        ["sourceIds"] = new JsonArray(_random.Next(1, ImportBenchmark.Sources + 1)),
        ["affiliation"] = _random.Next(3) == 0 ? "civilian" : "isis",
        ["outcome"] = _random.Next(3) == 0 ? "wounded" : "killed",
        ["count"] = new JsonObject { ["best"] = _random.Next(1, 30) },
        ["startDate"] = new DateOnly(2014, 1, 1).AddDays(_random.Next(0, 12 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["country"] = _random.Next(2) == 0 ? "SY" : "IQ",
        ["region"] = "Deir ez-Zor",
        ["locality"] = "الهول",
        ["notes"] = $"سجل اختبار التحمل {number}-{++_sequence}",
    };

    private static HttpRequestMessage Json(HttpMethod method, string path, JsonObject body) => new(method, path)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    /// <summary>A CSV import of new records, each with an externalId of this client's own.</summary>
    private HttpRequestMessage Csv()
    {
        var csv = new StringBuilder("externalId,sourceIds,affiliation,outcome,count.best,startDate,country,locality,notes\n");
        var batch = ++_sequence;
        for (var i = 0; i < ImportRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"soak:{number}:{batch}:{i},{_random.Next(1, ImportBenchmark.Sources + 1)},isis,killed,{_random.Next(1, 30)},2020-05-{_random.Next(1, 29):00},SY,هجين,دفعة {batch}\n");
        }

        var content = new StringContent(csv.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new HttpRequestMessage(HttpMethod.Post, "api/v1/imports/casualties") { Content = content };
    }
}
