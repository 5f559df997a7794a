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

    [Fact]
    public async Task Imports_from_the_command_line_keep_the_rollups_and_running_totals_as_check_finds_them()
    {
        var sources = Path.Combine(_directory, "sources.csv");
        await File.WriteAllTextAsync(sources, "externalId,title,publisher,language\ncli:source,تقرير شفق نيوز,Shafaq News,ar\n");
        Assert.Equal(0, (await RunAsync("import", "sources", sources)).ExitCode);

        // Past the bulk threshold (set low), with every qualifier, both outcomes, several places and months.
        string[] qualifiers = ["exact", "approximately", "atLeast", "moreThan", "atMost", "lessThan"];
        string Csv(int first, int last, string country, int failOn = -1) => "externalId,sourceExternalIds,affiliation,outcome,count.best,count.qualifier,startDate,endDate,country,region\n"
            + string.Concat(Enumerable.Range(first, last - first + 1).Select(i => FormattableString.Invariant(
                $"cli:{i},{(i == failOn ? "cli:missing" : "cli:source")},{(i % 4 == 0 ? "civilian" : "isis")},{(i % 3 == 0 ? "wounded" : "killed")},{i % 30 + 2},{qualifiers[i % qualifiers.Length]},2025-{1 + (i % 12):D2}-05,{(i % 5 == 0 ? "" : $"2025-{1 + (i % 12):D2}-20")},{country},{(i % 2 == 0 ? "Nineveh" : "")}\n")));
        var created = Path.Combine(_directory, "casualties.csv");
        await File.WriteAllTextAsync(created, Csv(1, 120, "SY"));
        var upsert = Path.Combine(_directory, "casualties-upsert.csv");
        await File.WriteAllTextAsync(upsert, Csv(61, 200, "IQ"));
        var failing = Path.Combine(_directory, "casualties-failing.csv");
        await File.WriteAllTextAsync(failing, Csv(150, 400, "SY", failOn: 390));

        var (exit, output) = await RunAsync("import", "casualties", created, "--Imports:BulkThreshold=50");
        Assert.Equal(0, exit);
        ImportHttp.AssertReport(JsonNode.Parse(output)!.AsObject(), inserted: 120);
        (exit, output) = await RunAsync("import", "casualties", upsert, "--upsert", "--Imports:BulkThreshold=50");
        Assert.Equal(0, exit);
        ImportHttp.AssertReport(JsonNode.Parse(output)!.AsObject(), inserted: 80, updated: 60);
        (exit, _) = await RunAsync("import", "casualties", failing, "--upsert", "--Imports:BulkThreshold=50");
        Assert.Equal(1, exit);

        var (checkExit, checkOutput, errors) = await ApiCommand.RunAsync(_directory, _database.ConnectionString(), "check");
        Assert.True(checkExit == 0, $"check exited {checkExit}: {checkOutput}{errors}");
        Assert.Contains("ok        rollups:", checkOutput, StringComparison.Ordinal);
        Assert.Contains("ok        running total of killed", checkOutput, StringComparison.Ordinal);
        Assert.Contains("ok        running total of wounded", checkOutput, StringComparison.Ordinal);
        Assert.Equal(200L, Count("Casualties"));
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
