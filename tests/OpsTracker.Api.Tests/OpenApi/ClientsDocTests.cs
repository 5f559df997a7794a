using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.OpenApi;

/// <summary>docs/clients.md shows the TypeScript example that CI type-checks and runs, not a copy that could drift.</summary>
[SqliteOnly("it reads files of the repository, the same for both providers")]
public sealed class ClientsDocTests
{
    [Fact]
    public void The_guide_shows_the_typescript_example_ci_runs_as_it_is()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "clients.md"));
        var example = File.ReadAllText(Path.Combine(Repository.Root, "tools", "api-contract", "client-example.ts"));

        Assert.Contains($"```ts\n{example}```", guide, StringComparison.Ordinal);
    }
}
