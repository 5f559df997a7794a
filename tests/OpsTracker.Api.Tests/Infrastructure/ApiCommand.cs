using System.Diagnostics;
using System.Text;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Runs the API's command line (dotnet OpsTracker.Api.dll import …, keys …) as users run it, on a database of the test's own.</summary>
public static class ApiCommand
{
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(string workingDirectory, string connectionString, params string[] args) =>
        RunAsync(workingDirectory, connectionString, new Dictionary<string, string>(), args);

    /// <summary>Runs the command with these environment variables set besides the database's (a locale, say).</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string workingDirectory, string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, connectionString, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Starts the command and leaves it running, its output redirected, for a test that watches or kills it.</summary>
    public static Process Start(string workingDirectory, string connectionString, params string[] args) =>
        Start(workingDirectory, connectionString, new Dictionary<string, string>(), args);

    private static Process Start(string workingDirectory, string connectionString, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,

            // Read as the commands write, whatever the tests' own locale.
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsTracker.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = TestDatabase.Provider.ToString();
        start.Environment["ConnectionStrings__OpsTracker"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
