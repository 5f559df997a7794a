using System.Net;
using System.Text;
using OpsTracker.Api.Tests.Auth;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Consistency;

/// <summary>
/// <c>check</c>, run as a person runs it: after every kind of write the trigger-kept counters, the search index and
/// the audit trail agree with the records (exit 0); whatever is made to disagree is named (exit 1).
/// </summary>
public sealed class ConsistencyCommandTests()
    : ApiTest(new ApiFactory().WithSampleData().WithSetting("Imports:BulkThreshold", "50"))
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-check-").FullName;

    [Fact]
    public async Task After_writes_of_every_kind_everything_agrees()
    {
        foreach (var resource in ResourceCatalogue.All)
        {
            var payload = await resource.NewPayloadAsync(Client);
            var id = await Client.CreateIdAsync(resource.Collection, payload);
            var kept = await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client));
            using var update = await Client.PutJsonAsync(resource.PathOf(kept), await resource.ChangedPayloadAsync(Client, payload));
            await update.AssertStatusAsync(HttpStatusCode.OK);
            using var delete = await Client.DeleteAsync(resource.PathOf(id));
            Assert.True(delete.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Conflict, $"DELETE {resource.Name}: {delete.StatusCode}");
        }

        var sourceId = await Client.CreateSourceAsync();
        var csv = new StringBuilder("externalId,sourceIds,affiliation,outcome,count.best,count.qualifier,startDate,endDate,country\n");
        for (var i = 0; i < 120; i++)
        {
            // Past the bulk threshold, so bulk mode (SQLite) drops and rebuilds its indexes and search trigger.
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"check:{i},{sourceId},isis,{(i % 2 == 0 ? "killed" : "wounded")},{i},{(i % 3 == 0 ? "moreThan" : "exact")},2025-10-01,2025-{10 + (i % 3)}-28,SY\n");
        }

        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv.ToString(), ImportHttp.Csv), inserted: 120);
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv.ToString().Replace(",SY\n", ",IQ\n", StringComparison.Ordinal),
            ImportHttp.Csv, "mode=upsert"), inserted: 0, updated: 120);
        await Client.CreateKeyAsync("editor");

        var (exit, output, errors) = await CheckAsync();

        Assert.True(exit == 0, $"check exited {exit}: {output}{errors}");
        Assert.DoesNotContain("DISAGREES", output, StringComparison.Ordinal);
        Assert.Contains("Consistent:", output, StringComparison.Ordinal);
        Assert.Contains("ok        running total of killed", output, StringComparison.Ordinal);
        Assert.Contains("ok        rollups:", output, StringComparison.Ordinal);

        // Every record kind is checked: the check takes them from the engine, not from a list of its own.
        Assert.All(ResourceCatalogue.All, resource =>
            Assert.Contains($"ok        audit trail of {resource.Name}:", output, StringComparison.Ordinal));
        Assert.Equal(ResourceCatalogue.All.Count, output.Split('\n').Count(line => line.Contains(" live record count of ", StringComparison.Ordinal)));
        Assert.Contains("ok        statuses of Casualties: each record's status is what its citations make it", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_disagrees_is_named_and_the_check_exits_1()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        var casualties = await Client.CountAsync(Paths.Casualties);
        var database = Factory.Database;
        database.Execute("UPDATE \"LiveRecordCounts\" SET \"Count\" = \"Count\" + 1 WHERE \"Table\" = 'Casualties';");
        database.Execute("UPDATE \"RunningTotals\" SET \"Best\" = \"Best\" + 3 WHERE \"Metric\" = 'killed';");
        database.Execute("UPDATE \"LongestPeriods\" SET \"Days\" = 0 WHERE \"Table\" = 'Casualties';");
        database.Execute($"UPDATE \"Sources\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {sourceId};");
        database.Execute("UPDATE \"Casualties\" SET \"Status\" = 'Contested';");
        if (!TestDatabase.IsPostgres)
        {
            // The full-text index loses the row it holds for the source.
            database.Execute($"INSERT INTO \"SourcesSearch\"(\"SourcesSearch\", rowid, \"SearchText\") "
                + $"SELECT 'delete', \"Id\", \"SearchText\" FROM \"Sources\" WHERE \"Id\" = {sourceId};");
        }

        var (exit, output, errors) = await CheckAsync();

        Assert.Equal(1, exit);
        string[] named =
        [
            $"DISAGREES live record count of Casualties: stored {casualties + 1}, the records give {casualties}",
            "DISAGREES running total of killed: stored best ",
            "DISAGREES longest period of Casualties: stored 0 days, but a record's period is 36 days",
            "DISAGREES audit trail of sources: 1 record(s) whose latest entry is not at their version",
            $"DISAGREES statuses of Casualties: {casualties} record(s) whose stored status is not what their citations make it",
            .. TestDatabase.IsPostgres ? Array.Empty<string>() : ["DISAGREES search index of Sources"],
        ];
        Assert.All(named, line => Assert.Contains(line, output, StringComparison.Ordinal));
        Assert.Equal(named.Length, output.Split('\n').Count(line => line.StartsWith("DISAGREES", StringComparison.Ordinal)));
        Assert.Contains($"{named.Length} of", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_cannot_be_read_is_named_in_one_line_and_the_check_exits_3()
    {
        string connectionString;
        if (TestDatabase.IsPostgres)
        {
            // A port nothing listens on: the connection is refused.
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString()) { Port = 1, Timeout = 5 }.ToString();
        }
        else
        {
            var notADatabase = Path.Combine(_directory, "not-a-database.db");
            await File.WriteAllTextAsync(notADatabase, new string('x', 8192));
            connectionString = $"Data Source={notADatabase}";
        }

        var (exit, _, errors) = await ApiCommand.RunAsync(_directory, connectionString, "check");

        Assert.True(exit == 3, $"check exited {exit}: {errors}");
        Assert.StartsWith("The database could not be checked: ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_does_not_exist_is_named_as_missing_and_not_created()
    {
        string connectionString;
        string missing;
        if (TestDatabase.IsPostgres)
        {
            missing = "opstracker_missing_" + Guid.NewGuid().ToString("N");
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString()) { Database = missing }.ToString();
        }
        else
        {
            missing = Path.Combine(_directory, "missing.db");
            connectionString = $"Data Source={missing}";
        }

        var (exit, output, errors) = await ApiCommand.RunAsync(_directory, connectionString, "check");

        Assert.True(exit == 3, $"check exited {exit}: {output} {errors}");
        Assert.StartsWith("The database could not be checked: ", errors, StringComparison.Ordinal);
        Assert.Contains(missing, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("migration", output + errors, StringComparison.OrdinalIgnoreCase);
        if (!TestDatabase.IsPostgres)
        {
            Assert.False(File.Exists(missing));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(_directory, recursive: true);
    }

    private Task<(int ExitCode, string Output, string Errors)> CheckAsync() =>
        ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), "check");
}
