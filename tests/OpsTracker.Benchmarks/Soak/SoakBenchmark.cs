using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace OpsTracker.Benchmarks.Soak;

/// <summary>
/// The soak run (<c>soak [--duration S] [--connections N] [--records N] [--smoke] [--postgres]</c>): the Release API
/// on a database of N casualty records, under a mix of reads, writes and small imports from N connections for the
/// whole duration (10 minutes by default). It reports every answer by kind and status, the p50/p99 of each kind, the
/// errors (any answer of 400 or more other than a 503 with Retry-After, or none), and the API's own memory after the
/// warm-up and at the end; then runs <c>check</c> on the database. It fails on any error, a failed check, or (except
/// with --smoke) memory grown by more than 10%. See docs/performance.md and docs/hardening.md.
/// </summary>
public static class SoakBenchmark
{
    private const double AllowedGrowth = 0.10;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = SoakOptions.Parse(args);
        Directory.CreateDirectory(options.WorkDirectory);
        var seedFile = Path.Combine(options.WorkDirectory, "soak-casualties.csv");
        await using (var writer = new StreamWriter(seedFile, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            await ImportBenchmark.WriteCasualtiesAsync(writer, options.Records);
        }

        await using var database = options.Postgres
            ? await BenchmarkDatabase.CreatePostgresAsync("soak")
            : BenchmarkDatabase.SqliteFile(options.WorkDirectory, "soak.db");
        var tally = new SoakTally();
        var memory = new List<(TimeSpan At, long Bytes)>();
        long idle;
        var clock = Stopwatch.StartNew();
        await using (var api = await ApiProcess.StartAsync(database, BenchmarkPorts.Soak))
        {
            using (var setup = api.CreateClient(TimeSpan.FromMinutes(10)))
            {
                await ImportAsync(setup, "sources", Encoding.UTF8.GetBytes(ImportBenchmark.SourcesCsv()));
                await ImportAsync(setup, "casualties", await File.ReadAllBytesAsync(seedFile));
            }

            Console.WriteLine($"Soak: {options.Connections} connections for {options.Duration.TotalSeconds:F0} s on {options.Records:N0} casualty records "
                + $"({database.Description}); memory read over {options.WarmUp.TotalSeconds:F0} s after the warm-up and at the end ...");
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var client = new HttpClient(handler) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Add("X-Api-Key", api.AdminKey);
            using var stop = new CancellationTokenSource(options.Duration);
            clock.Restart();
            var clients = Enumerable.Range(0, options.Connections)
                .Select(number => Task.Run(() => new SoakClient(client, tally, number, options.Records).RunAsync(stop.Token)))
                .ToList();
            while (!stop.IsCancellationRequested)
            {
                if (api.ExitCode is { } exit)
                {
                    throw new InvalidOperationException($"The API exited with code {exit} {clock.Elapsed.TotalSeconds:F0} s into the soak.");
                }

                memory.Add((clock.Elapsed, api.OwnMemoryBytes()));
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }

            await Task.WhenAll(clients);
            await api.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));
            idle = api.OwnMemoryBytes();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var load = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ');
        // Each end is the median of a window as long as the warm-up, not one sample: a single reading swings by tens
        // of megabytes with the requests in flight at that second (32 queued imports' bodies, say), which is not growth.
        var start = Median(memory, options.WarmUp, options.WarmUp * 2);
        var end = Median(memory, memory[^1].At - options.WarmUp, memory[^1].At);
        var peak = memory.Max(sample => sample.Bytes);
        var growth = (double)(end - start) / start;

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Soak of {seconds:F0} s at {options.Connections} connections on {options.Records:N0} casualty records ({database.Description}): "
            + $"{tally.Total:N0} requests ({tally.Total / seconds:N0}/s), {tally.Errors} errors, {tally.RetryLater} documented 503s with Retry-After. "
            + $"Machine: {Environment.ProcessorCount} cores, load average {load[0]} {load[1]} {load[2]} (1, 5, 15 min) at the end.");
        report.AppendLine();
        report.AppendLine("| request kind | requests | p50 ms | p99 ms | max ms | answers |");
        report.AppendLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var kind in tally.Kinds)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind} | {tally.Count(kind):N0} | {tally.Percentile(kind, 50):F1} | {tally.Percentile(kind, 99):F1} | {tally.Percentile(kind, 100):F1} | {tally.Statuses(kind)} |");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"API own memory (RssAnon, median of {options.WarmUp.TotalSeconds:F0} s): {start / 1_048_576} MB after the warm-up, {end / 1_048_576} MB at the end "
            + $"({growth:+0.0%;-0.0%}), peak {peak / 1_048_576} MB, {idle / 1_048_576} MB once the last requests had finished.");

        var (checkExit, checkOutput) = await ApiProcess.CheckAsync(database);
        report.AppendLine(CultureInfo.InvariantCulture, $"check after the run: exit {checkExit}, {checkOutput.Split('\n').LastOrDefault(line => line.Length > 0)}");
        Console.WriteLine();
        Console.WriteLine(report);

        var failed = false;
        foreach (var example in tally.ErrorExamples)
        {
            Console.Error.WriteLine($"error: {example}");
            failed = true;
        }

        if (checkExit != 0)
        {
            Console.Error.WriteLine($"check disagrees after the run:\n{checkOutput}");
            failed = true;
        }

        if (!options.Smoke && growth > AllowedGrowth)
        {
            Console.Error.WriteLine($"The API's own memory grew by {growth:P1}, more than {AllowedGrowth:P0}.");
            failed = true;
        }

        return failed || tally.Errors > 0 ? 1 : 0;
    }

    private static long Median(List<(TimeSpan At, long Bytes)> samples, TimeSpan from, TimeSpan to)
    {
        var window = samples.Where(sample => sample.At >= from && sample.At <= to).Select(sample => sample.Bytes).Order().ToList();
        return window.Count == 0 ? samples[^1].Bytes : window[window.Count / 2];
    }

    private static async Task ImportAsync(HttpClient client, string resource, byte[] csv)
    {
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync($"api/v1/imports/{resource}", content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The soak's {resource} import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
