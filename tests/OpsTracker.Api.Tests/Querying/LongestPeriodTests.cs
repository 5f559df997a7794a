using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// The from filter reads startDate no earlier than from less the longest period its table has held, kept by
/// triggers. Whatever changes the longest period (a new record, a longer update, an import in bulk mode, deletes)
/// or the edges of the date range, from/to must match exactly the periods that overlap [from, to].
/// </summary>
public sealed class LongestPeriodTests() : ApiTest(ReusedApis.Rent(("Imports:BulkThreshold", "20")))
{
    private const string October = "from=2025-10-01&to=2025-10-31";

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_period_longer_than_any_before_is_found_from_the_day_it_ends(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;
        var sourceId = await Client.CreateSourceAsync();
        var day = await CreateAsync(name, sourceId, "2025-10-10", null);
        var decade = await CreateAsync(name, sourceId, "2015-01-01", "2025-10-05");

        Assert.Equal([day, decade], await Client.ListIdsAsync(collection, October));
        Assert.Equal([decade], await Client.ListIdsAsync(collection, "from=2025-10-05&to=2025-10-05"));
        Assert.Equal([day], await Client.ListIdsAsync(collection, "from=2025-10-06"));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_record_updated_to_a_longer_period_is_found_by_its_new_end(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var sourceId = await Client.CreateSourceAsync();
        var body = await Client.ReportRecordAsync(name, sourceId);
        var id = await Client.CreateIdAsync(resource.Collection, body.With(("startDate", "2020-03-01"), ("endDate", null)));
        Assert.Empty(await Client.ListIdsAsync(resource.Collection, October));

        await PutAsync(resource.PathOf(id), body.With(("startDate", "2020-03-01"), ("endDate", "2025-10-20")));
        Assert.Equal([id], await Client.ListIdsAsync(resource.Collection, October));

        await PutAsync(resource.PathOf(id), body.With(("startDate", "2005-03-01"), ("endDate", "2025-10-20")));
        Assert.Equal([id], await Client.ListIdsAsync(resource.Collection, October));
        Assert.Empty(await Client.ListIdsAsync(resource.Collection, "from=2025-10-21"));
    }

    [Fact]
    public async Task Records_without_an_end_date_match_from_their_start_day_only_however_long_other_periods_are()
    {
        var sourceId = await Client.CreateSourceAsync();
        await CreateAsync("casualties", sourceId, "2000-01-01", "2010-01-01");
        var dayBefore = await CreateAsync("casualties", sourceId, "2025-09-30", null);
        var firstDay = await CreateAsync("casualties", sourceId, "2025-10-01", null);

        Assert.Equal([firstDay], await Client.ListIdsAsync(Paths.Casualties, October));
        Assert.Equal([dayBefore, firstDay], await Client.ListIdsAsync(Paths.Casualties, "from=2025-09-30&to=2025-10-31"));
    }

    [Fact]
    public async Task Deleting_the_longest_record_leaves_lists_and_totals_exact()
    {
        var sourceId = await Client.CreateSourceAsync();
        var longest = await CreateAsync("casualties", sourceId, "2010-01-01", "2025-10-15");
        var kept = await CreateAsync("casualties", sourceId, "2025-09-20", "2025-10-02");
        (await Client.DeleteAsync(Paths.Of(Paths.Casualties, longest))).Dispose();

        var summary = await Client.GetObjectAsync($"{Paths.StatsSummary}?{October}");

        Assert.Equal([kept], await Client.ListIdsAsync(Paths.Casualties, October));
        Assert.Equal(1, Totals.Read(summary["killed"]).Records);
        Assert.Empty(await Client.ListIdsAsync(Paths.Casualties, "from=2025-10-03"));
    }

    [Fact]
    public async Task Long_periods_imported_in_bulk_mode_are_found_by_the_list_and_the_summary()
    {
        var sourceId = await Client.CreateSourceAsync();
        await CreateAsync("casualties", sourceId, "2025-10-10", null);
        var csv = new StringBuilder("externalId,affiliation,outcome,sourceIds,count.best,startDate,endDate,country\n");
        for (var i = 1; i <= 30; i++)
        {
            csv.Append($"long-period:{i},isis,killed,{sourceId},1,{2000 + (i % 10)}-01-01,2025-10-{i:00},SY\n");
        }

        await Client.ImportOkAsync("casualties", csv.ToString(), ImportHttp.Csv);
        var summary = await Client.GetObjectAsync($"{Paths.StatsSummary}?{October}");

        Assert.Equal(31, (await Client.ListIdsAsync(Paths.Casualties, October)).Count);
        Assert.Equal(31, Totals.Read(summary["killed"]).Records);
        Assert.Equal(3, (await Client.ListIdsAsync(Paths.Casualties, "from=2025-10-28")).Count);
    }

    [Fact]
    public async Task A_period_from_the_first_to_the_last_date_is_found_by_any_from()
    {
        var sourceId = await Client.CreateSourceAsync();
        var everything = await CreateAsync("casualties", sourceId, "0001-01-01", "9999-12-31");
        var firstDay = await CreateAsync("casualties", sourceId, "0001-01-01", null);

        Assert.Equal([everything, firstDay], await Client.ListIdsAsync(Paths.Casualties, "from=0001-01-01"));
        Assert.Equal([everything], await Client.ListIdsAsync(Paths.Casualties, "from=0001-01-02"));
        Assert.Equal([everything], await Client.ListIdsAsync(Paths.Casualties, October));
        Assert.Equal([everything], await Client.ListIdsAsync(Paths.Casualties, "from=9999-12-31"));
    }

    [Fact]
    public async Task The_migration_takes_the_longest_period_from_the_records_already_stored()
    {
        var sourceId = await Client.CreateSourceAsync();
        var decade = await CreateAsync("operations", sourceId, "2015-01-01", "2025-10-05");

        await using (var db = Factory.CreateDbContext())
        {
            await MigrationRedo.RedoAsync(db, sqliteMigration: "LongestPeriods", postgresMigration: "LongestPeriods");
        }

        Assert.Equal([decade], await Client.ListIdsAsync(Paths.Operations, October));
        var later = await CreateAsync("operations", sourceId, "2005-01-01", "2025-10-05");
        Assert.Equal([decade, later], await Client.ListIdsAsync(Paths.Operations, October));
    }

    private async Task<long> CreateAsync(string name, long sourceId, string start, string? end) =>
        await Client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
            (await Client.ReportRecordAsync(name, sourceId)).With(("startDate", start), ("endDate", end)));

    private async Task PutAsync(string path, JsonObject body)
    {
        using var response = await Client.PutJsonAsync(path, body);
        await response.AssertStatusAsync(System.Net.HttpStatusCode.OK);
    }
}
