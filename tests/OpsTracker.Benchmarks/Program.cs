using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpsTracker.Benchmarks;
using OpsTracker.Benchmarks.Micro;
using OpsTracker.Benchmarks.Suite;

// Other commands than the query benchmark: "suite", the whole benchmark suite with its ceilings; "imports", the import
// benchmark (docs/imports.md); "micro", the BenchmarkDotNet micro-benchmarks; "intake", report intake's extraction rate
// on every core (docs/intake.md); "soak", mixed reads, writes and imports for minutes (docs/hardening.md); "writes", the suite's POST alone, with and without shared commits; "ceiling-server", the HTTP + JSON ceiling that the suite starts as a process of its
// own. See docs/performance.md.
switch (args.FirstOrDefault())
{
    case "suite": return await SuiteBenchmark.RunAsync(args[1..]);
    case "imports": return await ImportBenchmark.RunAsync(args[1..]);
    case "micro": return MicroBenchmarks.Run(args[1..]);
    case "intake": return IntakeThroughput.Run(args[1..]);
    case "ceiling-server": return await CeilingServer.ServeAsync(args[1..]);
    case "soak": return await OpsTracker.Benchmarks.Soak.SoakBenchmark.RunAsync(args[1..]);
    case "writes": return await OpsTracker.Benchmarks.Writes.WriteBenchmark.RunAsync(args[1..]);
}

// Query benchmark: generates the dataset, starts the Release API on it, and prints latency percentiles for filtered
// pages, search and stats, and the CSV export's rate and memory. See docs/performance.md.
var options = BenchmarkOptions.Parse(args);
Directory.CreateDirectory(options.WorkDirectory);
var databasePath = Path.Combine(options.WorkDirectory, "bench.db");

// --reuse-data keeps the database of an earlier run with the same sizes (generating it takes minutes); the API
// migrates it to the current schema on start.
TimeSpan? generation = null;
if (options.ReuseData && File.Exists(databasePath))
{
    Console.WriteLine($"Reusing the dataset in {databasePath}; it must have been generated with the same sizes.");
}
else
{
    Console.WriteLine($"Generating {options.Casualties:N0} casualty records and {options.Operations:N0} operations in {databasePath} ...");
    generation = await DatasetGenerator.CreateAsync(databasePath, options.Casualties, options.Operations);
    Console.WriteLine($"  done in {generation.Value.TotalSeconds:F1} s ({new FileInfo(databasePath).Length / 1_048_576.0:F0} MB)");
}

await using var api = await ApiProcess.StartAsync(databasePath, BenchmarkPorts.Query);
using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };

// Every request reads the database: the response cache would answer a URL drawn twice from memory.
client.DefaultRequestHeaders.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
var random = new Random(7);
var pages = Math.Max(1, options.Casualties / 50);

(string Name, Func<string> Url)[] scenarios =
[
    ("page of casualties (random page)", () => $"api/v1/casualties?page={random.Next(1, Math.Min(pages, 2000) + 1)}&pageSize=50"),
    ("casualty by id", () => $"api/v1/casualties/{random.Next(1, options.Casualties + 1)}"),
    ("filtered page (country, affiliation, outcome, year)", () => $"api/v1/casualties?country=SY&affiliation=isis&outcome=killed&{OneYear()}&page=1&pageSize=50"),
    ("filtered, sorted page (region, -startDate)", () => "api/v1/casualties?region=Raqqa&sort=-startDate&page=2&pageSize=50"),
    ("q search, Arabic (الهول)", () => $"api/v1/casualties?q={Uri.EscapeDataString("الهوْل")}&pageSize=50"),
    ("q search, transliterated (al-Shaddadi)", () => "api/v1/casualties?q=al-Shaddadi&pageSize=50"),
    ("summary, full dataset", () => "api/v1/stats/summary"),
    ("summary, filtered (IQ, one year)", () => $"api/v1/stats/summary?country=IQ&{OneYear()}"),
    ("time series, killed by month", () => "api/v1/stats/timeseries?metric=killed&interval=month"),
    // With from and to on whole months and a filter the rollups hold, the shape they answer (docs/querying.md).
    ("time series, killed by month, filtered (IQ, one year)", () => $"api/v1/stats/timeseries?metric=killed&interval=month&country=IQ&{OneYear()}"),
];

string OneYear()
{
    var year = random.Next(2014, 2026);
    return $"from={year}-01-01&to={year}-12-31";
}

var results = new List<LatencyResult>();
foreach (var (name, url) in scenarios)
{
    for (var i = 0; i < 3; i++)
    {
        await GetAsync(client, url());
    }

    var times = new List<double>(options.Requests);
    var example = url();
    for (var i = 0; i < options.Requests; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await GetAsync(client, url());
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    results.Add(LatencyResult.From(name, example, times));
    Console.WriteLine($"  {name}: p50 {results[^1].P50:F1} ms, p99 {results[^1].P99:F1} ms");
}

// CSV export of every casualty record, read as a stream; the API's own memory is sampled every 20 ms meanwhile.
var (rows, exportSeconds, memoryBefore, peakDuringExport) = await ExportMeasurement.MeasureAsync(client, api);

var report = new StringBuilder();
var generated = generation is { } took ? $"generated in {took.TotalSeconds:F0} s" : "reused from an earlier run";
report.AppendLine(CultureInfo.InvariantCulture, $"Dataset: {options.Casualties:N0} casualty records, {options.Operations:N0} operations (SQLite, {generated}). "
    + $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}. Sequential requests on loopback, {options.Requests} per scenario.");
report.AppendLine();
report.AppendLine("| scenario | p50 ms | p95 ms | p99 ms | max ms |");
report.AppendLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var result in results)
{
    report.AppendLine(CultureInfo.InvariantCulture, $"| {result.Scenario} | {result.P50:F1} | {result.P95:F1} | {result.P99:F1} | {result.Max:F1} |");
}

report.AppendLine();
report.AppendLine("| export | rows | seconds | rows/s | API own memory before | API own memory, peak during export |");
report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
report.AppendLine(CultureInfo.InvariantCulture,
    $"| casualties, CSV | {rows:N0} | {exportSeconds:F1} | {rows / exportSeconds:N0} | {memoryBefore / 1_048_576} MB | {peakDuringExport / 1_048_576} MB |");

Console.WriteLine();
Console.WriteLine(report);
if (options.MarkdownOutput is not null)
{
    await File.WriteAllTextAsync(options.MarkdownOutput, report.ToString());
    Console.WriteLine($"Written to {options.MarkdownOutput}");
}

if (rows != options.Casualties)
{
    Console.Error.WriteLine($"The export returned {rows} rows, expected {options.Casualties}.");
    return 1;
}

return 0;

static async Task GetAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    await response.Content.LoadIntoBufferAsync();
}
