using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// An unfiltered list's totalCount comes from trigger-kept counts of live records; it must always equal a real count,
/// which any filter (here updatedSince far in the past) makes the list compute.
/// </summary>
public sealed class LiveRecordCountTests() : ApiTest(ReusedApis.Rent(("Imports:BulkThreshold", "20")))
{
    private const string Everything = "updatedSince=2000-01-01T00:00:00Z";

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Creates_deletes_and_imports_keep_the_unfiltered_count_exact(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client)));
        }

        (await Client.DeleteAsync(resource.PathOf(ids[1]))).Dispose();
        var imported = new JsonArray(await resource.NewPayloadAsync(Client), await resource.NewPayloadAsync(Client));
        await Client.ImportOkAsync(name, imported.Text(), ImportHttp.Json);

        Assert.Equal(4, await TotalCountAsync(resource.Collection, ""));
        Assert.Equal(4, await TotalCountAsync(resource.Collection, Everything));
    }

    [Fact]
    public async Task A_bulk_import_keeps_the_count_exact()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = new StringBuilder("externalId,affiliation,outcome,sourceIds,count.best,startDate,country\n");
        for (var i = 1; i <= 60; i++)
        {
            csv.Append($"bulk-count:{i},isis,killed,{sourceId},1,2025-10-01,SY\n");
        }

        await Client.ImportOkAsync("casualties", csv.ToString(), ImportHttp.Csv);
        using (var failed = await Client.ImportAsync("casualties", csv.ToString(), ImportHttp.Csv))
        {
            Assert.False(failed.IsSuccessStatusCode);
        }

        Assert.Equal(60, await TotalCountAsync(Paths.Casualties, "sort=-startDate"));
        Assert.Equal(60, await TotalCountAsync(Paths.Casualties, Everything));
    }

    [Fact]
    public async Task The_migration_fills_the_counts_from_the_records_already_stored()
    {
        var sourceId = await Client.CreateSourceAsync();
        var deleted = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, deleted))).Dispose();

        await using (var db = Factory.CreateDbContext())
        {
            await MigrationRedo.RedoAsync(db, sqliteMigration: "LiveRecordCounts", postgresMigration: "RunningTotalsAndLiveCounts");
        }

        Assert.Equal(1, await TotalCountAsync(Paths.Sources, ""));
        Assert.Equal(1, await TotalCountAsync(Paths.Casualties, "pageSize=1&format=json"));
        Assert.Equal(0, await TotalCountAsync(Paths.Forces, ""));
    }

    private async Task<int> TotalCountAsync(string collection, string query) =>
        (await Client.GetObjectAsync($"{collection}?{query}"))["totalCount"]!.GetValue<int>();
}
