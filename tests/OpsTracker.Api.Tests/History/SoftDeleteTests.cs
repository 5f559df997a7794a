using System.Net;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>A deleted record is gone from every answer but stays stored, with its id and history.</summary>
public sealed class SoftDeleteTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_deleted_record_is_404_and_gone_from_lists_and_csv_but_stays_stored(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var kept = await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var deleted = await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var before = await Client.CountAsync(resource.Collection);

        using (var response = await Client.DeleteAsync(resource.PathOf(deleted)))
        {
            await response.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        using (var get = await Client.GetAsync(resource.PathOf(deleted)))
        {
            await ProblemAssert.IsNotFoundAsync(get, resource.SingularName, deleted);
        }

        using (var again = await Client.DeleteAsync(resource.PathOf(deleted)))
        {
            await ProblemAssert.IsNotFoundAsync(again, resource.SingularName, deleted);
        }

        using (var put = await Client.PutJsonAsync(resource.PathOf(deleted), await resource.NewPayloadAsync(Client)))
        {
            await ProblemAssert.IsNotFoundAsync(put, resource.SingularName, deleted);
        }

        Assert.Equal(before - 1, await Client.CountAsync(resource.Collection));
        var csv = await Client.GetStringAsync($"{resource.Collection}?format=csv");
        Assert.DoesNotContain(csv.Split('\n').Skip(1), line => line.StartsWith($"{deleted},", StringComparison.Ordinal));
        Assert.Contains(csv.Split('\n').Skip(1), line => line.StartsWith($"{kept},", StringComparison.Ordinal));

        await using var db = Factory.CreateDbContext();
        var table = Paths.TableOf(name);
        // Table names cannot be parameters; both parts here are the test's own values.
        var sql = "SELECT \"DeletedAt\" AS \"Value\" FROM \"" + table + "\" WHERE \"Id\" = " + deleted;
        var deletedAt = await db.Database.SqlQueryRaw<DateTime?>(sql).SingleAsync();
        Assert.NotNull(deletedAt);
    }

    [Fact]
    public async Task A_deleted_record_no_longer_counts_in_the_summary_or_matches_a_search()
    {
        var sourceId = await Client.CreateSourceAsync();
        var casualty = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(
            ("outcome", "killed"), ("count", Payloads.Count(40)), ("notes", "Killed near Tal Tamr")));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "killed"), ("count", Payloads.Count(2))));

        (await Client.DeleteAsync(Paths.Of(Paths.Casualties, casualty))).Dispose();

        var summary = await Client.GetObjectAsync(Paths.StatsSummary);
        Assert.Equal(2, summary["killed"]!["best"]!.GetValue<long>());
        Assert.Equal(1, summary["killed"]!["records"]!.GetValue<long>());
        var filtered = await Client.GetObjectAsync($"{Paths.StatsSummary}?country=SY");
        Assert.Equal(2, filtered["killed"]!["best"]!.GetValue<long>());
        var search = await Client.GetObjectAsync($"{Paths.Casualties}?q=Tal%20Tamr");
        Assert.Equal(0, search["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deleted_record_cannot_be_referred_to()
    {
        var sourceId = await Client.CreateSourceAsync();
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, sourceId))).Dispose();

        using var response = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "sourceIds[0]");
        Assert.Equal($"There is no source with id {sourceId}.", problem.Errors["sourceIds[0]"].Single());
    }

    [Fact]
    public async Task A_record_cited_only_by_deleted_records_can_be_deleted()
    {
        var sourceId = await Client.CreateSourceAsync();
        var casualty = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        using (var refused = await Client.DeleteAsync(Paths.Of(Paths.Sources, sourceId)))
        {
            await ProblemAssert.IsDeleteRefusedAsync(refused, "1 casualty records");
        }

        (await Client.DeleteAsync(Paths.Of(Paths.Casualties, casualty))).Dispose();

        using var deleted = await Client.DeleteAsync(Paths.Of(Paths.Sources, sourceId));
        await deleted.AssertStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_deleted_records_external_id_and_name_can_be_used_again_but_its_id_never_is()
    {
        var force = Payloads.Force();
        var first = await Client.CreateIdAsync(Paths.Forces, force);
        (await Client.DeleteAsync(Paths.Of(Paths.Forces, first))).Dispose();

        var second = await Client.CreateIdAsync(Paths.Forces, force);

        Assert.True(second > first, $"The new force got id {second}, not a new id after {first}.");
        var history = await Client.GetObjectAsync($"{Paths.Of(Paths.Forces, first)}/history");
        Assert.Equal(2, history["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deleted_external_id_is_inserted_anew_by_an_upsert_import()
    {
        var source = Payloads.Source();
        var first = await Client.CreateIdAsync(Paths.Sources, source);
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, first))).Dispose();

        var report = await Imports.ImportHttp.ImportOkAsync(Client, "sources", $"[{source.Text()}]", Imports.ImportHttp.Json, "mode=upsert");

        Imports.ImportHttp.AssertReport(report, inserted: 1);
    }
}
