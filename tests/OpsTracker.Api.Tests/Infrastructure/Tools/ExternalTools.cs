namespace OpsTracker.Api.Tests.Infrastructure.Tools;

/// <summary>Where the external tools are, whether they are installed, and the variable that makes them required.</summary>
public static class ExternalTools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>tools/api-contract: the npm package of the linters and the TypeScript client check.</summary>
    public static string ContractTools => Path.Combine(Repository.Root, "tools", "api-contract");

    public static string RequireVariable(ExternalTool tool) => tool switch
    {
        ExternalTool.Linters => "OPSTRACKER_REQUIRE_LINTERS",
        _ => "OPSTRACKER_REQUIRE_BROWSER",
    };

    public static bool IsRequired(ExternalTool tool) => Environment.GetEnvironmentVariable(RequireVariable(tool)) == "1";

    /// <summary>Why <paramref name="tool"/> cannot run here and how to install it, or null when it can.</summary>
    public static string? Unavailable(ExternalTool tool) => tool switch
    {
        ExternalTool.Linters when !File.Exists(Path.Combine(ContractTools, "node_modules", ".bin", "spectral")) =>
            "The OpenAPI linters are not installed: run `npm ci --ignore-scripts` in tools/api-contract (Node.js 20), or bash .ci/run.",
        ExternalTool.Chromium when !File.Exists(ChromiumPath) =>
            $"Chromium is not installed at {ChromiumPath}: `apt-get install -y chromium`, or bash .ci/run.",
        _ => null,
    };
}
