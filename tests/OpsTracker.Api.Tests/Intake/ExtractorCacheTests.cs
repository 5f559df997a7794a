using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// The extractor is compiled from the database's names once and kept while the names' data versions stay: a name
/// added since (a force's new alias) is matched on the very next report posted.
/// </summary>
public sealed class ExtractorCacheTests : ApiTest
{
    private const string Text = "أعلنت الأسايش، اليوم السبت، اعتقال 5 من عناصر داعش في مدينة الحسكة.";

    private async Task<JsonObject> ArrestDraftAsync(string title)
    {
        var source = new JsonObject { ["title"] = title, ["publisher"] = "Hawar", ["language"] = "ar", ["publishedOn"] = "2025-11-08" };
        using var response = await Client.PostJsonAsync("/api/v1/reports", new JsonObject { ["source"] = source, ["text"] = Text });
        await response.AssertStatusAsync(HttpStatusCode.Created);
        var report = await response.ReadObjectAsync();
        return Assert.Single(report["drafts"]!.AsArray(), draft => draft!["kind"]!.GetValue<string>() == "arrests")!["record"]!.AsObject();
    }

    [Fact]
    public async Task A_force_alias_added_after_a_report_is_matched_on_the_next_report()
    {
        var force = Payloads.Force().With(("name", "Internal Security Forces"), ("kind", "partnerForce"));
        var id = await Client.CreateIdAsync(Paths.Forces, force);
        Assert.Null((await ArrestDraftAsync("first"))["arrestingForceId"]);

        using var put = await Client.PutJsonAsync($"{Paths.Forces}/{id}", force.With(("aliases", Payloads.Strings("الأسايش"))));
        await put.AssertStatusAsync(HttpStatusCode.OK);

        Assert.Equal(id, (await ArrestDraftAsync("second"))["arrestingForceId"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_extractor_is_kept_while_no_name_changes_and_rebuilt_when_one_does()
    {
        var cache = Factory.Services.GetRequiredService<ExtractorCache>();
        await using var db = Factory.CreateDbContext();
        var first = await cache.GetAsync(db, CancellationToken.None);

        await Client.CreateIdAsync(Paths.Sources, Payloads.Source());
        Assert.Same(first, await cache.GetAsync(db, CancellationToken.None));

        await Client.CreateIdAsync(Paths.Camps, Payloads.Camp());
        Assert.NotSame(first, await cache.GetAsync(db, CancellationToken.None));
    }
}
