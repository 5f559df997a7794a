using System.Globalization;
using System.Text.Json.Nodes;
using OpsTracker.Benchmarks.Suite;

namespace OpsTracker.Benchmarks.Writes;

/// <summary>
/// The suite's POST scenario alone, with the record writes' commits shared (<c>Database:GroupCommit=true</c>) and one
/// transaction per write (<c>false</c>), interleaved round by round on the same database, each run on a freshly started
/// API, with the machine's load average before each: writes measured before and after, in the same conditions. On
/// SQLite the database is the suite's dataset of that size (generated unless <c>--reuse-data</c> finds it); with
/// <c>--postgres</c>, a new database of the run's own on the local server, dropped afterwards.
/// </summary>
public static class WriteBenchmark
{
    private static readonly (string Name, string Setting)[] Modes = [("one transaction per write", "false"), ("shared commits", "true")];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = WriteBenchmarkOptions.Parse(args);
        await DebianPackages.EnsureAsync("wrk", "wrk");
        Directory.CreateDirectory(options.WorkDirectory);
        await using var database = await OpenDatabaseAsync(options);
        var wrk = new Wrk(options.Threads, options.Connections, options.Duration, options.WarmUp, options.WorkDirectory);
        Console.WriteLine($"POST under load on {database.Description} ({wrk.Settings}, {wrk.WarmUpSettings}), {options.Rounds} rounds:");
        var failures = 0;
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var (name, setting) in Modes)
            {
                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                await using var api = await ApiProcess.StartAsync(database, BenchmarkPorts.Query,
                    new Dictionary<string, string> { ["Database:GroupCommit"] = setting });
                using var client = api.CreateClient(TimeSpan.FromMinutes(1));
                var sourceId = await CreateSourceAsync(client);
                var scenario = PostScenario.For(api.AdminKey, sourceId);

                // The first writes compile the API's queries and saves; they are not measured.
                for (var i = 0; i < 20; i++)
                {
                    using var warmUp = await client.PostAsync("api/v1/casualties", new StringContent(scenario.Body!, System.Text.Encoding.UTF8, "application/json"));
                    warmUp.EnsureSuccessStatusCode();
                }

                await api.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));
                var before = await CountAsync(client);
                var result = await wrk.RunAsync(api.BaseAddress, scenario);
                var created = await CountAsync(client) - before;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {round} | {name} | {result.Describe()} | {created:N0} records created | load {load} |"));

                // wrk counts answers, not records: the POSTs must have written what they claim.
                if (created < result.Requests || result.Errors > 0)
                {
                    Console.Error.WriteLine($"{result.Requests} POSTs ({result.Errors} errors) created {created} records.");
                    failures++;
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<BenchmarkDatabase> OpenDatabaseAsync(WriteBenchmarkOptions options)
    {
        if (options.Postgres)
        {
            return await BenchmarkDatabase.CreatePostgresAsync("writes");
        }

        // The suite's dataset of the same size, so that the figures compare with its POST row.
        var path = Path.Combine(options.WorkDirectory, $"suite-{options.Casualties}.db");
        if (!options.ReuseData || !File.Exists(path))
        {
            Console.WriteLine($"Generating {options.Casualties:N0} casualty records and {options.Operations:N0} operations in {path} ...");
            await DatasetGenerator.CreateAsync(path, options.Casualties, options.Operations);
        }

        return BenchmarkDatabase.ExistingSqliteFile(path);
    }

    private static async Task<long> CreateSourceAsync(HttpClient client)
    {
        using var response = await client.PostAsync("api/v1/sources", new StringContent(
            """{"title":"Write benchmark source","publisher":"OpsTracker benchmark","language":"en","publishedOn":"2025-11-13","kind":"officialStatement","reliability":"B"}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
    }

    /// <summary>The live casualty records, as the API counts them (its trigger-kept count), read from the database.</summary>
    private static async Task<long> CountAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/casualties?pageSize=1");
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["totalCount"]!.GetValue<long>();
    }
}
