using System.Diagnostics;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// Installs the suite's outside tools (wrk, sqlite3, sqlite-utils) from Debian's packages when they are missing, so the one command
/// works on a fresh machine; a machine that has them is left alone.
/// </summary>
public static class DebianPackages
{
    private static bool _updated;

    public static async Task EnsureAsync(string command, string package)
    {
        if (await RunAsync("sh", $"-c \"command -v {command}\"", quiet: true) == 0)
        {
            return;
        }

        Console.WriteLine($"{command} is missing: installing the Debian package {package} ...");
        // apt-get update once per run: a fresh machine's package lists may be empty or stale.
        if (!_updated && await RunAsync("apt-get", "update -qq") != 0)
        {
            throw new InvalidOperationException("apt-get update failed; install wrk and sqlite3 by hand, or run the suite as root.");
        }

        _updated = true;
        if (await RunAsync("apt-get", $"install -y -qq {package}") != 0)
        {
            throw new InvalidOperationException($"apt-get install {package} failed; install it by hand, or run the suite as root.");
        }
    }

    /// <summary>As <see cref="EnsureAsync"/>, for a tool the run can do without: false instead of an exception when it cannot be had.</summary>
    public static async Task<bool> TryEnsureAsync(string command, string package)
    {
        try
        {
            await EnsureAsync(command, package);
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"  {exception.Message}");
            return false;
        }
    }

    private static async Task<int> RunAsync(string file, string arguments, bool quiet = false)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = quiet, RedirectStandardError = quiet };
        using var process = Process.Start(start)!;
        if (quiet)
        {
            await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        }

        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
