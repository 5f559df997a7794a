using System.Diagnostics;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;
using OpsTracker.Api.Tests.Infrastructure.Tools;

namespace OpsTracker.Api.Tests.OpenApi;

/// <summary>
/// The document the API serves is lint-clean: Spectral (spectral:oas) and Redocly (recommended) report nothing, not
/// even a warning (tools/api-contract/lint.mjs, which .ci/run also runs on the document of a running API).
/// </summary>
[SqliteOnly("the document does not depend on the database")]
[RequiresTool(ExternalTool.Linters)]
public sealed class LintTests : ApiTest
{
    [Fact]
    public async Task Spectral_and_redocly_find_nothing_in_the_served_document()
    {
        var file = Path.Combine(Path.GetTempPath(), $"opstracker-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await Client.GetStringAsync(DocumentOperation.DocumentPath));
        try
        {
            var (exitCode, output) = await RunAsync("node", Path.Combine(ExternalTools.ContractTools, "lint.mjs"), file);

            Assert.True(exitCode == 0, output);
            Assert.Contains("spectral (spectral:oas): 0 errors, 0 warnings", output, StringComparison.Ordinal);
            Assert.Contains("redocly (recommended): 0 errors, 0 warnings", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
