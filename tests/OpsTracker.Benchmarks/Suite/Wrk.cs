using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// Runs wrk against a base address with a generated Lua script and reads requests/s and the p50/p99 of its
/// <c>--latency</c> distribution. wrk runs as its own process on loopback and shares the machine's cores with the
/// server, as the targets of issue 7 assume.
/// </summary>
public sealed partial class Wrk(int threads, int connections, TimeSpan duration, TimeSpan warmUp, string scriptDirectory)
{
    public string Settings => $"wrk -t{threads} -c{connections} -d{duration.TotalSeconds:F0}s --latency";

    /// <summary>How each measured run is preceded, for the report.</summary>
    public string WarmUpSettings => $"each run after {warmUp.TotalSeconds:F0} s of the same load, unmeasured";

    /// <summary>
    /// Runs the scenario for the warm-up, unmeasured, then for the duration, measured. Under full load the runtime
    /// compiles a request's hot methods to their optimized tier only after thousands of calls, in the background, on
    /// the cores the load already takes: a POST ran at a third of its steady rate in its first 10 s. The figures are
    /// the server's steady state, as a long-running server serves.
    /// </summary>
    public async Task<Throughput> RunAsync(Uri baseAddress, WrkScenario scenario)
    {
        var script = Path.Combine(scriptDirectory, $"wrk-{Regex.Replace(scenario.Name, "[^A-Za-z0-9]+", "-")}.lua");
        await File.WriteAllTextAsync(script, LuaScript(scenario));
        if (warmUp > TimeSpan.Zero)
        {
            await RunWrkAsync(baseAddress, scenario, script, warmUp);
        }

        var result = Parse(scenario.Name, await RunWrkAsync(baseAddress, scenario, script, duration));
        Console.WriteLine($"  {scenario.Name}: {result.Describe()}{(result.Errors > 0 ? $", {result.Errors} errors" : "")}");
        return result;
    }

    private async Task<string> RunWrkAsync(Uri baseAddress, WrkScenario scenario, string script, TimeSpan runFor)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        // A generous timeout: a slow scenario should show as a high p99, not as requests wrk gave up on.
        foreach (var argument in new[] { $"-t{threads}", $"-c{connections}", $"-d{runFor.TotalSeconds:F0}s", "--latency", "--timeout", "10s", "-s", script, baseAddress.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // A script error does not always stop wrk: it may go on sending nothing useful, so any complaint fails the run.
        var complaints = await errors;
        if (process.ExitCode != 0 || complaints.Trim().Length > 0)
        {
            throw new InvalidOperationException($"wrk failed for {scenario.Name} ({process.ExitCode}): {output} {complaints}");
        }

        return output;
    }

    /// <summary>Reads wrk's summary: the latency distribution's 50% and 99% lines, Requests/sec, and any errors.</summary>
    public static Throughput Parse(string scenario, string output)
    {
        double Percentile(string percent)
        {
            var match = Regex.Match(output, $@"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                throw new FormatException($"wrk printed no {percent}% latency for {scenario}: {output}");
            }

            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
        }

        var rate = RateLine().Match(output);
        var total = TotalLine().Match(output);
        var socket = SocketErrors().Match(output);
        var non2xx = Non2xx().Match(output);
        long errors = non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (socket.Success)
        {
            errors += socket.Groups.Values.Skip(1).Sum(group => long.Parse(group.Value, CultureInfo.InvariantCulture));
        }

        return new Throughput(scenario, double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), Percentile("50"), Percentile("99"),
            total.Success ? long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) : 0, errors);
    }

    /// <summary>
    /// A script that cycles through the scenario's paths; each wrk thread starts at its own offset so that the
    /// threads do not send the same request at the same moment.
    /// </summary>
    private static string LuaScript(WrkScenario scenario)
    {
        static string Quote(string text) => $"[==[{text}]==]";
        var lua = new StringBuilder();
        lua.AppendLine("local paths = {");
        foreach (var path in scenario.Paths)
        {
            lua.AppendLine(CultureInfo.InvariantCulture, $"  {Quote(path)},");
        }

        lua.AppendLine("}");
        lua.AppendLine("local headers = {}");
        foreach (var (name, value) in scenario.Headers ?? new Dictionary<string, string>())
        {
            // Spaces inside the index brackets: "headers[[==[" would open a long string instead.
            lua.AppendLine(CultureInfo.InvariantCulture, $"headers[ {Quote(name)} ] = {Quote(value)}");
        }

        lua.AppendLine(CultureInfo.InvariantCulture, $"local body = {(scenario.Body is null ? "nil" : Quote(scenario.Body))}");
        lua.AppendLine("""
            local threads = 0
            function setup(thread)
              thread:set("offset", threads * 7919)
              threads = threads + 1
            end
            local i = 0
            """);
        lua.AppendLine(CultureInfo.InvariantCulture, $"request = function()");
        lua.AppendLine("  i = i + 1");
        lua.AppendLine(CultureInfo.InvariantCulture, $"  return wrk.format(\"{scenario.Method}\", paths[((i + (offset or 0)) % #paths) + 1], headers, body)");
        lua.AppendLine("end");
        return lua.ToString();
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RateLine();

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
