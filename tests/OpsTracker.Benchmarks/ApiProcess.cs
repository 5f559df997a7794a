using System.Diagnostics;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The API built in Release and run as its own process on loopback, as users run it, so its memory can be read
/// apart from the benchmark's (Linux /proc).
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri baseAddress, string adminKey)
    {
        _process = process;
        BaseAddress = baseAddress;
        AdminKey = adminKey;
    }

    public Uri BaseAddress { get; }

    /// <summary>
    /// The bootstrap admin key the API is started with, random for each run: writes, such as the import benchmark's
    /// uploads, need a key. <see cref="CreateClient"/> sends it.
    /// </summary>
    public string AdminKey { get; }

    /// <summary>A client for the API that sends <see cref="AdminKey"/> in X-Api-Key.</summary>
    public HttpClient CreateClient(TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpsTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the OpsTracker repository.");
    }

    /// <summary>Where the API's Release build puts its output (<see cref="StartAsync(BenchmarkDatabase, int)"/> builds it).</summary>
    public static string ReleaseOutput() => Path.Combine(RepositoryRoot(), "src", "OpsTracker.Api", "bin", "Release", "net10.0");

    /// <summary>The API's Release build, to run as <c>dotnet</c>'s first argument.</summary>
    public static string ReleaseDll() => Path.Combine(ReleaseOutput(), "OpsTracker.Api.dll");

    /// <summary>The API on a SQLite file, which it creates or migrates on start.</summary>
    public static Task<ApiProcess> StartAsync(string databasePath, int port) =>
        StartAsync(environment => environment["ConnectionStrings__OpsTracker"] = $"Data Source={databasePath}", port);

    public static Task<ApiProcess> StartAsync(BenchmarkDatabase database, int port) => StartAsync(database.Apply, port);

    /// <summary>The API on <paramref name="database"/> with <paramref name="settings"/> (configuration keys, as <c>Database:GroupCommit</c>).</summary>
    public static Task<ApiProcess> StartAsync(BenchmarkDatabase database, int port, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(environment =>
        {
            database.Apply(environment);
            foreach (var (key, value) in settings)
            {
                environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }
        }, port);

    /// <summary>
    /// The Release API's <c>check</c> (built by <see cref="StartAsync(BenchmarkDatabase, int)"/>) on
    /// <paramref name="database"/>: the live counts, running totals, longest periods, rollups, statuses, search index
    /// and audit trail against the records. Its exit code and output.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> CheckAsync(BenchmarkDatabase database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ReleaseDll());
        start.ArgumentList.Add("check");

        // No command timeout to set on PostgreSQL: check runs its queries without one (ConsistencyCommand).
        database.Apply(start.Environment);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (output + await errors).Trim());
    }

    private static async Task<ApiProcess> StartAsync(Action<IDictionary<string, string?>> useDatabase, int port)
    {
        await RunAsync("dotnet", "build src/OpsTracker.Api -c Release -nologo -v quiet", RepositoryRoot());
        var output = ReleaseOutput();
        var start = new ProcessStartInfo("dotnet", $"\"{ReleaseDll()}\" --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        useDatabase(start.Environment);
        start.Environment["SampleData__Enabled"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var adminKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        start.Environment["OPSTRACKER_ADMIN_KEY"] = adminKey;
        // The benchmark sends thousands of anonymous requests a second from one address: it measures the API, not the
        // rate limiter, which would refuse all but the first 600 a minute.
        start.Environment["RateLimiting__Enabled"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        // The console logger writes to stdout, at Warning and above here: a failure's log lines are shown, not lost.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[api] {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[api] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"), adminKey);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("health")).IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode}.");
            }

            await Task.Delay(500);
        }

        await api.DisposeAsync();
        throw new TimeoutException("The API did not answer /health within 60 s.");
    }

    /// <summary>
    /// Waits until the API has used less than 10% of a core for 200 ms, at most <paramref name="limit"/>: when wrk stops,
    /// requests it gave up on may still be running in the API, and they must not weigh on the next measurement.
    /// </summary>
    public async Task WaitUntilIdleAsync(TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var before = CpuTicks();
        while (clock.Elapsed < limit)
        {
            await Task.Delay(200);
            var now = CpuTicks();
            // Clock ticks are 1/100 s on Linux: under 2 ticks in 200 ms is under 10% of a core.
            if (now - before < 2)
            {
                return;
            }

            before = now;
        }
    }

    /// <summary>The exit code when the API has exited (it should not, while a benchmark runs), else null.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public long CurrentMemoryBytes() => ReadStatus("VmRSS:");

    /// <summary>
    /// The API's own (anonymous) resident memory: its heap and SQLite's page caches, without the file-backed pages
    /// (code, and the database file while an import maps it), which are the OS's file cache, shared and reclaimable.
    /// </summary>
    public long OwnMemoryBytes() => ReadStatus("RssAnon:");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The API's user and system CPU time so far, in clock ticks (/proc/PID/stat, fields 14 and 15).</summary>
    private long CpuTicks()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
    }

    private long ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0]) * 1024;
    }

    private static async Task RunAsync(string command, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = directory })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command} {arguments}' failed with exit code {process.ExitCode}.");
        }
    }
}
