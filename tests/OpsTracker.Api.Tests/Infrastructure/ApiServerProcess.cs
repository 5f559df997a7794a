using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// The API as users run it, <c>dotnet OpsTracker.Api.dll</c> in a process of its own on loopback, on a test's
/// database: for tests that kill it (SIGKILL) and start it again.
/// </summary>
public sealed class ApiServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the API on <paramref name="connectionString"/> and waits until /health answers.</summary>
    public static async Task<ApiServerProcess> StartAsync(string connectionString, string workingDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsTracker.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Database__Provider"] = TestDatabase.Provider.ToString();
        start.Environment["ConnectionStrings__OpsTracker"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["SampleData__Enabled"] = "false";
        start.Environment["OPSTRACKER_ADMIN_KEY"] = ApiFactory.AdminKey;
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        var output = new List<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ApiServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            try
            {
                using var health = await client.GetAsync("health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode}: {string.Join('\n', Snapshot(output))}");
            }

            await Task.Delay(250);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"The API did not answer /health within 120 s: {string.Join('\n', Snapshot(output))}");
    }

    /// <summary>A client that sends the bootstrap admin key, as <see cref="ApiFactory"/>'s clients do.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, ApiFactory.AdminKey);
        return client;
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): no shutdown, no flush, requests in flight cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Keep(List<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    private static List<string> Snapshot(List<string> output)
    {
        lock (output)
        {
            return [.. output.TakeLast(40)];
        }
    }
}
