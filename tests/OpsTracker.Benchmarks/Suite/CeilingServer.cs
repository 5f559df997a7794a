using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The HTTP + JSON ceiling: a bare ASP.NET Core app (Kestrel, minimal endpoints, no middleware) that answers with the
/// very bytes the API gave for a page and for one record, held in memory. It is what the API could at best do on
/// this machine if the database and the mapping cost nothing. It runs as its own process, started by the suite from
/// this same program (<c>ceiling-server</c>), so that it shares nothing with the API's process but the cores.
/// </summary>
public static class CeilingServer
{
    public const string PagePath = "/page";
    public const string RecordPath = "/record";

    /// <summary>The <c>ceiling-server --port N --page FILE --record FILE</c> command: serves until killed.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        string Value(string name) => args[Array.IndexOf(args, name) + 1];
        var page = await File.ReadAllBytesAsync(Value("--page"));
        var record = await File.ReadAllBytesAsync(Value("--record"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{Value("--port")}");
        var app = builder.Build();
        // The API's content type, so that wrk reads the same headers and bytes from both.
        app.MapGet(PagePath, () => Results.Bytes(page, "application/json; charset=utf-8"));
        app.MapGet(RecordPath, () => Results.Bytes(record, "application/json; charset=utf-8"));
        app.MapGet("/health", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }

    /// <summary>Starts the ceiling server as a child process and waits until it answers.</summary>
    public static async Task<Process> StartAsync(int port, string pageFile, string recordFile)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "OpsTracker.Benchmarks.dll"), "ceiling-server", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--page", pageFile, "--record", recordFile })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[ceiling] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                if ((await client.GetAsync("health")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The ceiling server exited with code {process.ExitCode}.");
            }

            await Task.Delay(250);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The ceiling server did not answer within 15 s.");
    }
}
