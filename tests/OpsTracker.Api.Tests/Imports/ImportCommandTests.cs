using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Imports;

/// <summary>The command-line import, run as users run it (dotnet OpsTracker.Api.dll import ...) on a database of its own.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-cli-").FullName;
    private readonly TestDatabase _database = TestDatabase.Create();

    [Fact]
    public async Task The_command_imports_prints_the_report_and_a_second_upsert_changes_nothing()
    {
        var file = Path.Combine(_directory, "sources.csv");
        await File.WriteAllTextAsync(file, "externalId,title,publisher,language\ncli:1,تقرير شفق نيوز,Shafaq News,ar\ncli:2,CENTCOM statement,CENTCOM,en\n");

        var (dryExit, dryOutput) = await RunAsync("import", "sources", file, "--dry-run");
        Assert.Equal(0, dryExit);
        Assert.True(JsonNode.Parse(dryOutput)!["dryRun"]!.GetValue<bool>());
        Assert.Equal(0L, Count("Sources"));

        var (exit, output) = await RunAsync("import", "sources", file);
        Assert.Equal(0, exit);
        ImportHttp.AssertReport(JsonNode.Parse(output)!.AsObject(), inserted: 2);
        Assert.Equal(2L, Count("Sources"));
        Assert.Equal(1L, Count("AuditEntries"));
        Assert.Equal(1L, Count("AuditEntries", $"\"KeyName\" = 'command-line:{Environment.UserName}' AND \"Action\" = 'Import'"));

        var (again, againOutput) = await RunAsync("import", "sources", file, "--upsert");
        Assert.Equal(0, again);
        ImportHttp.AssertReport(JsonNode.Parse(againOutput)!.AsObject(), inserted: 0, unchanged: 2);
        Assert.Equal(2L, Count("AuditEntries", "\"Action\" = 'Import'"));
        Assert.Equal(2L, Count("AuditEntries"));
    }

    [Fact]
    public async Task A_refused_import_exits_non_zero_with_the_problem_and_writes_nothing()
    {
        var file = Path.Combine(_directory, "sources.ndjson");
        await File.WriteAllTextAsync(file, "{\"title\":\"A\",\"publisher\":\"B\"}\n{\"title\":\"\",\"publisher\":\"B\"}\n");

        var (exit, output) = await RunAsync("import", "sources", file);

        Assert.Equal(1, exit);
        var problem = JsonNode.Parse(output)!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("title is required.", problem["errors"]!["line 2: title"]![0]!.GetValue<string>());
        Assert.Equal(0L, Count("Sources"));

        var (usage, _) = await RunAsync("import", "soldiers", file);
        Assert.Equal(2, usage);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private long Count(string table, string where = "1 = 1") => _database.Count(table, where);

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var (exitCode, output, errors) = await ApiCommand.RunAsync(_directory, _database.ConnectionString(), args);
        Assert.True(exitCode is 0 or 1 or 2, $"exit {exitCode}: {errors}");
        return (exitCode, output);
    }
}
