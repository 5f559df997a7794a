using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The import benchmark (<c>imports [--rows N] [--work DIR] [--smoke] [--postgres]</c>): writes a CSV file of N
/// casualty records, then imports it into an empty database through the endpoint (dry run, then for real) and through
/// the command line (dry run, then for real), printing records per second and the peak memory of the process doing
/// the import. The database is SQLite, or with <c>--postgres</c> a PostgreSQL database of the run's own (see
/// <see cref="BenchmarkDatabase"/>).
/// </summary>
public static class ImportBenchmark
{
    public const int Sources = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = 1_000_000;
        var work = Path.Combine(Path.GetTempPath(), "opstracker-import-bench");
        var postgres = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rows": rows = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--work": work = args[++i]; break;
                case "--smoke": rows = 2_000; break;
                case "--postgres": postgres = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --rows N --work DIR --smoke --postgres");
            }
        }

        var run = await MeasureAllAsync(rows, work, postgres);
        var results = run.Results.ToList();
        var casualties = run.CsvPath;
        var ceilings = new List<string>();
        if (!postgres)
        {
            // What SQLite alone does with the same file on this machine: into a plain table, and into OpsTracker's schema.
            await Suite.DebianPackages.EnsureAsync("sqlite3", "sqlite3");
            var plain = await Suite.SqliteImportCeiling.MeasureAsync(casualties, work);
            ceilings.Add($"| ceiling: sqlite3 .import into a plain table | {plain.Seconds:F1} | {rows / plain.Seconds:N0} | {plain.PeakBytes / 1_048_576} MB |");
            if (await Suite.SqliteUtilsCeiling.MeasureAsync(casualties, work) is { } sqliteUtils)
            {
                var utilsRate = rows / sqliteUtils.Seconds;
                ceilings.Add($"| ceiling: sqlite-utils insert --csv into a plain table | {sqliteUtils.Seconds:F1} | {utilsRate:N0} | {sqliteUtils.PeakBytes / 1_048_576} MB |");
                ceilings.AddRange(results.Select(result =>
                    $"| {result.Way} / sqlite-utils (target ≥ 1.5×) | | {rows / result.Seconds / utilsRate:F2}× | |"));
            }

            var schema = await SchemaImportCeiling.MeasureAsync(Path.Combine(work, "sqlite3-import.db"), "casualties", work, run.SourcesPath);
            ceilings.Add($"| ceiling: the same rows into OpsTracker's schema by SQL alone ({schema.Breakdown}) | {schema.Seconds:F1} | {rows / schema.Seconds:N0} | |");
        }

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Import of {rows:N0} casualty records from CSV ({new FileInfo(casualties).Length / 1_048_576.0:F0} MB) into an empty {(postgres ? "PostgreSQL" : "SQLite")} database. "
            + $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");
        table.AppendLine();
        table.AppendLine("| import | seconds | records/s | peak own memory of the importing process |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var (way, seconds, peak, _) in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {way} | {seconds:F1} | {rows / seconds:N0} | {peak / 1_048_576} MB |");
        }

        foreach (var ceiling in ceilings)
        {
            table.AppendLine(ceiling);
        }

        Console.WriteLine();
        Console.WriteLine(table);
        var failed = results.Where(result => !result.Report.Contains($"\"inserted\":{rows}", StringComparison.Ordinal)).ToList();
        foreach (var (way, _, _, report) in failed)
        {
            Console.Error.WriteLine($"{way} did not insert {rows} records: {report}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// Writes the CSV file of <paramref name="rows"/> casualty records and imports it through the endpoint and the
    /// command line, each as a dry run and for real, on SQLite or (<paramref name="postgres"/>) PostgreSQL; the suite
    /// reuses it (docs/performance.md).
    /// </summary>
    public static async Task<ImportRun> MeasureAllAsync(int rows, string work, bool postgres = false)
    {
        Directory.CreateDirectory(work);
        var sources = Path.Combine(work, "sources.csv");
        var casualties = Path.Combine(work, "casualties.csv");
        await File.WriteAllTextAsync(sources, SourcesCsv());
        var generation = Stopwatch.StartNew();
        await WriteCasualtiesAsync(casualties, rows);
        Console.WriteLine($"Wrote {rows:N0} casualty records to {casualties} ({new FileInfo(casualties).Length / 1_048_576.0:F0} MB) in {generation.Elapsed.TotalSeconds:F1} s");

        var results = new List<ImportResult>();

        await using (var apiDatabase = postgres ? await BenchmarkDatabase.CreatePostgresAsync("api") : BenchmarkDatabase.SqliteFile(work, "api.db"))
        await using (var api = await ApiProcess.StartAsync(apiDatabase, BenchmarkPorts.Imports))
        {
            using var client = api.CreateClient(TimeSpan.FromMinutes(30));
            await PostAsync(client, "sources", sources, "");
            foreach (var (way, query) in new[] { ("endpoint, dry run", "?dryRun=true"), ("endpoint", "") })
            {
                var (seconds, peak, report) = await MeasureAsync(api.OwnMemoryBytes, () => PostAsync(client, "casualties", casualties, query));
                results.Add(new ImportResult(way, seconds, peak, report));
                Console.WriteLine($"  {way}: {rows / seconds:N0} records/s, peak {peak / 1_048_576} MB: {report}");
            }
        }

        await using (var cliDatabase = postgres ? await BenchmarkDatabase.CreatePostgresAsync("cli") : BenchmarkDatabase.SqliteFile(work, "cli.db"))
        {
            await CommandAsync(cliDatabase, "sources", sources);
            foreach (var (way, flags) in new[] { ("command line, dry run", new[] { "--dry-run" }), ("command line", Array.Empty<string>()) })
            {
                var (seconds, peak, report) = await CommandAsync(cliDatabase, "casualties", casualties, flags);
                results.Add(new ImportResult(way, seconds, peak, report));
                Console.WriteLine($"  {way}: {rows / seconds:N0} records/s, peak {peak / 1_048_576} MB: {report}");
            }
        }

        return new ImportRun(rows, casualties, sources, results);
    }

    public static string SourcesCsv()
    {
        var csv = new StringBuilder("externalId,title,publisher,language,publishedOn,kind,reliability\n");
        for (var i = 1; i <= Sources; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"bench:source:{i},Report {i} on operations against ISIS,Publisher {i % 7},{(i % 3 == 0 ? "en" : "ar")},2025-11-13,newsReport,C\n");
        }

        return csv.ToString();
    }

    /// <summary>Casualty records as analysts' files hold them: externalIds, one or two sources, places in Arabic and Latin script, every qualifier.</summary>
    private static async Task WriteCasualtiesAsync(string path, int rows)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        await WriteCasualtiesAsync(writer, rows);
    }

    /// <summary>The same rows written to any writer: the micro-benchmarks parse them from memory.</summary>
    public static async Task WriteCasualtiesAsync(TextWriter writer, int rows)
    {
        string[] regions = ["Al-Hasakah", "Deir ez-Zor", "Raqqa", "Aleppo", "Nineveh", "Anbar"];
        string[] localities = ["al-Hol camp", "الهول", "Hajin", "هجين", "الشدادي", "Mosul", ""];
        string[] affiliations = ["isis", "isis", "isis", "civilian", "partnerForce", "governmentForce"];
        var random = new Random(20251113);
        await writer.WriteAsync("externalId,sourceIds,affiliation,outcome,count.best,count.low,count.high,count.qualifier,startDate,endDate,country,region,locality,notes\n");
        var line = new StringBuilder();
        for (var i = 1; i <= rows; i++)
        {
            var start = new DateOnly(2014, 1, 1).AddDays(random.Next(0, 12 * 365));
            var best = random.Next(1, 40);
            var range = random.Next(6) == 0;
            var region = random.Next(regions.Length);
            var first = random.Next(1, Sources + 1);
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"bench:casualty:{i},{first}{(random.Next(3) == 0 ? $";{first % Sources + 1}" : "")},");
            line.Append(CultureInfo.InvariantCulture, $"{affiliations[random.Next(affiliations.Length)]},{(random.Next(3) == 0 ? "wounded" : "killed")},");
            line.Append(CultureInfo.InvariantCulture, $"{best},{(range ? best - 1 : "")},{(range ? best + 5 : "")},{(range ? "range" : "exact")},");
            line.Append(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd},{(random.Next(4) == 0 ? start.AddDays(random.Next(1, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")},");
            line.Append(CultureInfo.InvariantCulture, $"{(region < 4 ? "SY" : "IQ")},{regions[region]},{localities[random.Next(localities.Length)]},Record {i} of the benchmark\n");
            await writer.WriteAsync(line);
        }
    }

    private static async Task<string> PostAsync(HttpClient client, string resource, string file, string query)
    {
        await using var stream = File.OpenRead(file);
        using var content = new StreamContent(stream, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync($"api/v1/imports/{resource}{query}", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Import of {resource} answered {(int)response.StatusCode}: {body}");
        }

        return body;
    }

    /// <summary>Runs <paramref name="import"/>, sampling <paramref name="memory"/> every 20 ms, and returns its time, peak memory and answer.</summary>
    public static async Task<(double Seconds, long PeakBytes, string Report)> MeasureAsync(Func<long> memory, Func<Task<string>> import)
    {
        var peak = memory();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                try
                {
                    peak = Math.Max(peak, memory());
                }
                catch (Exception exception) when (exception is IOException or InvalidOperationException)
                {
                    // The process ended between two samples.
                }

                await Task.Delay(20);
            }
        });
        var clock = Stopwatch.StartNew();
        var report = await import();
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        return (clock.Elapsed.TotalSeconds, peak, report);
    }

    /// <summary>Runs the Release API's command-line import and measures it the same way (its own resident memory).</summary>
    public static async Task<(double Seconds, long PeakBytes, string Report)> CommandAsync(BenchmarkDatabase database, string resource, string file, params string[] flags)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { ApiProcess.ReleaseDll(), "import", resource, file }.Concat(flags))
        {
            start.ArgumentList.Add(arg);
        }

        database.Apply(start.Environment);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var result = await MeasureAsync(() => OwnMemory(process.Id), async () =>
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output.Trim();
        });
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The command-line import of {resource} exited {process.ExitCode}: {result.Report} {await errors}");
        }

        return result;
    }

    public static long OwnMemory(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
