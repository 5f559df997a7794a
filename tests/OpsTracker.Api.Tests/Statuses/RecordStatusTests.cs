using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Statuses;

/// <summary>
/// Every report record's status, derived from its citations: singleSource, corroborated (two citations sharing no
/// origin, relays collapsing into what they relay), contested (two citations whose counts' bounds do not overlap);
/// in every answer, filterable in every list form, kept when a source's relays change, counted by the summary.
/// </summary>
public sealed class RecordStatusTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Each_status_follows_from_the_citations_and_the_sources_they_relay(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("sourceIds");
        var statement = await Client.CreateSourceAsync();
        var other = await Client.CreateSourceAsync();
        var relay = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));
        var relayOfRelay = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(relay))));

        async Task<JsonObject> Create(params JsonObject[] citations) =>
            await Client.CreateAsync(resource.Collection, payload.With(("externalId", Payloads.Unique("status")), ("citations", new JsonArray(citations))));

        var single = await Create(Cite(statement));
        var corroborated = await Create(Cite(statement), Cite(other));
        var relayed = await Create(Cite(statement), Cite(relay), Cite(relayOfRelay));
        var relayAndOther = await Create(Cite(relayOfRelay), Cite(other));
        var contested = await Create(Cite(statement, Payloads.Count(10)), Cite(other, Payloads.Count(20)));
        var contestedByRelays = await Create(Cite(statement, Payloads.Count(30000, "approximately")), Cite(relay, Payloads.Count(30000, "lessThan")));
        var agreeing = await Create(Cite(statement, Payloads.Count(30000, "approximately")), Cite(other, Payloads.Count(29000, "moreThan")));

        Assert.Equal("singleSource", single["status"]!.GetValue<string>());
        Assert.Equal("corroborated", corroborated["status"]!.GetValue<string>());
        Assert.Equal("singleSource", relayed["status"]!.GetValue<string>());
        Assert.Equal("corroborated", relayAndOther["status"]!.GetValue<string>());
        Assert.Equal("contested", contested["status"]!.GetValue<string>());
        Assert.Equal("contested", contestedByRelays["status"]!.GetValue<string>());
        Assert.Equal("corroborated", agreeing["status"]!.GetValue<string>());
        Assert.Equal("contested", (await Client.ReadAsync(resource.Collection, contested.Id()))["status"]!.GetValue<string>());

        Assert.Equal([contested.Id(), contestedByRelays.Id()], await Client.ListIdsAsync(resource.Collection, "status=contested"));
        Assert.Equal([corroborated.Id(), relayAndOther.Id(), agreeing.Id()], await Client.ListIdsAsync(resource.Collection, "status=corroborated"));
        Assert.Equal([single.Id(), relayed.Id(), contested.Id(), contestedByRelays.Id()],
            await Client.ListIdsAsync(resource.Collection, "status=singleSource,contested"));

        using var csv = await Client.GetAsync($"{resource.Collection}?format=csv&status=contested");
        await csv.AssertStatusAsync(HttpStatusCode.OK);
        var table = CsvTable.Parse(await csv.Content.ReadAsStringAsync());
        Assert.Equal(["contested", "contested"], table.Column("status"));

        await Client.AssertRefusedAsync($"{resource.Collection}?status=disputed", "status");

        // A write that changes the citations changes the status: the contested record loses a citation.
        var changed = await Client.PatchObjectAsync(resource.PathOf(contested.Id()), new JsonObject { ["citations"] = new JsonArray(Cite(statement, Payloads.Count(10))) });
        Assert.Equal("singleSource", changed["status"]!.GetValue<string>());
        Assert.Equal([contestedByRelays.Id()], await Client.ListIdsAsync(resource.Collection, "status=contested"));
    }

    [Fact]
    public async Task The_geojson_list_filters_by_status()
    {
        var first = await Client.CreateSourceAsync();
        var second = await Client.CreateSourceAsync();
        var point = Payloads.Operation(first).With(("latitude", 35.1), ("longitude", 40.2));
        await Client.CreateAsync(Paths.Operations, point);
        var corroborated = await Client.CreateAsync(Paths.Operations, point.With(("externalId", Payloads.Unique("geo")), ("sourceIds", Payloads.Ids(first, second))));

        var features = (await Client.GetObjectAsync($"{Paths.Operations}?format=geojson&status=corroborated"))["features"]!.AsArray();
        Assert.Equal([corroborated.Id()], features.Select(feature => feature!["properties"]!["id"]!.GetValue<long>()));
        Assert.Equal("corroborated", features[0]!["properties"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_change_of_relays_sets_the_status_of_every_record_citing_a_source_that_stands_for_it_again(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("sourceIds");
        var statement = await Client.CreateSourceAsync();
        var report = await Client.CreateSourceAsync();
        var wire = await Client.CreateSourceAsync();
        var digest = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(wire))));

        async Task<JsonObject> Create(params long[] sources) =>
            await Client.CreateAsync(resource.Collection, payload.With(("externalId", Payloads.Unique("relays")), ("sourceIds", Payloads.Ids(sources))));
        async Task<string> StatusOf(JsonObject record) => (await Client.ReadAsync(resource.Collection, record.Id()))["status"]!.GetValue<string>();

        var statementAndReport = await Create(statement, report);
        var digestAndReport = await Create(digest, report);
        Assert.Equal("corroborated", statementAndReport["status"]!.GetValue<string>());
        Assert.Equal("corroborated", digestAndReport["status"]!.GetValue<string>());

        // The report turns out to relay the statement: it is no confirmation of it.
        var patched = await Client.PatchObjectAsync(Paths.Of(Paths.Sources, report), new JsonObject { ["relaysSourceIds"] = Payloads.Ids(statement) });
        Assert.Equal(Payloads.Ids(statement).Text(), patched["relaysSourceIds"].Text());
        Assert.Equal(Payloads.Ids(statement).Text(), (await Client.ReadAsync(Paths.Sources, report))["relaysSourceIds"].Text());
        Assert.Equal("singleSource", await StatusOf(statementAndReport));
        Assert.Equal("corroborated", await StatusOf(digestAndReport));

        // The wire relays the report: the digest, relaying the wire, stands for the report through it.
        await Client.PatchObjectAsync(Paths.Of(Paths.Sources, wire), new JsonObject { ["relaysSourceIds"] = Payloads.Ids(report) });
        Assert.Equal("singleSource", await StatusOf(digestAndReport));
        Assert.Equal(["singleSource", "singleSource"], (await Client.ListAsync(resource.Collection)).Select(r => r["status"]!.GetValue<string>()));

        // The status set in the database after a change of relays is the one a write of the same citations gives.
        Assert.Equal("singleSource", (await Create(digest, report))["status"]!.GetValue<string>());

        // Undone, every status comes back.
        await Client.PatchObjectAsync(Paths.Of(Paths.Sources, report), new JsonObject { ["relaysSourceIds"] = new JsonArray() });
        await Client.PatchObjectAsync(Paths.Of(Paths.Sources, wire), new JsonObject { ["relaysSourceIds"] = null });
        Assert.Equal("corroborated", await StatusOf(statementAndReport));
        Assert.Equal("corroborated", await StatusOf(digestAndReport));
        Assert.Equal([statementAndReport.Id(), digestAndReport.Id()], (await Client.ListIdsAsync(resource.Collection, "status=corroborated")).Take(2));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_status_changed_by_relays_is_a_new_version_with_its_ETag_and_an_audit_entry_by_the_key_that_changed_them(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("sourceIds");
        var statement = await Client.CreateSourceAsync();
        var reportExternalId = Payloads.Unique("report");
        var report = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("externalId", reportExternalId)));
        var record = await Client.CreateAsync(resource.Collection, payload.With(("externalId", Payloads.Unique("versions")), ("sourceIds", Payloads.Ids(statement, report))));
        var untouched = await Client.CreateAsync(resource.Collection, payload.With(("externalId", Payloads.Unique("versions")), ("sourceIds", Payloads.Ids(statement))));
        var path = Paths.Of(resource.Collection, record.Id());
        string etag;
        using (var first = await Client.GetAsync(path))
        {
            etag = first.Headers.ETag!.ToString();
        }

        string listETag;
        using (var list = await Client.GetAsync(resource.Collection))
        {
            listETag = list.Headers.ETag!.ToString();
        }

        // The report turns out to relay the statement (a PATCH of the source), then not to (an import's upsert).
        await Client.PatchObjectAsync(Paths.Of(Paths.Sources, report), new JsonObject { ["relaysSourceIds"] = Payloads.Ids(statement) });

        using (var changed = await Client.GetIfNoneMatchAsync(path, etag))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal("\"2\"", changed.Headers.ETag!.ToString());
            Assert.Equal("singleSource", (await changed.ReadObjectAsync())["status"]!.GetValue<string>());
        }

        using (var list = await Client.GetIfNoneMatchAsync(resource.Collection, listETag))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }

        var line = Payloads.Source().With(("externalId", reportExternalId), ("relaysSourceIds", new JsonArray()));
        ImportHttp.AssertReport(await Client.ImportOkAsync("sources", line.ToJsonString(), "application/x-ndjson", "mode=upsert"), inserted: 0, updated: 1);

        Assert.Equal("[]", (await Client.ReadAsync(Paths.Sources, report))["relaysSourceIds"].Text());
        Assert.Equal("corroborated", (await Client.ReadAsync(resource.Collection, record.Id()))["status"]!.GetValue<string>());
        var history = await Client.HistoryAsync(path);
        Assert.Equal([1L, 2L, 3L], history.Select(entry => entry["version"]!.GetValue<long>()));
        Assert.Equal(["create", "update", "update"], history.Select(entry => entry.Action()));
        Assert.All(history, entry => Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>()));
        Assert.Equal(["corroborated", "singleSource"], history.Skip(1).Select(entry => entry["before"]!["status"]!.GetValue<string>()));
        Assert.Equal(["singleSource", "corroborated"], history.Skip(1).Select(entry => entry["after"]!["status"]!.GetValue<string>()));
        var now = await Client.ReadAsync(resource.Collection, record.Id());
        Assert.Equal(history[2]["after"]!.ToJsonString(), now.ToJsonString());

        // A record whose status the relays leave as it was keeps its version.
        Assert.Single(await Client.HistoryAsync(Paths.Of(resource.Collection, untouched.Id())));
    }

    [Fact]
    public async Task The_migration_that_adds_the_status_computes_it_for_the_records_already_stored()
    {
        var statement = await Client.CreateSourceAsync();
        var other = await Client.CreateSourceAsync();
        var relay = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));
        var expected = new Dictionary<string, List<string>>();
        IReadOnlySet<string> madeLater;
        await using (var db = Factory.CreateDbContext())
        {
            madeLater = MigrationRedo.TablesCreatedAfter(db, sqliteMigration: "RecordStatus", postgresMigration: "RecordStatus");
        }

        // The kinds whose tables later migrations make (events) are made with their status: the redo empties them.
        var tables = Factory.Services.GetRequiredService<RecordKinds>().All.ToDictionary(kind => kind.Path, kind => kind.Table);
        foreach (var resource in ResourceCatalogue.All.Where(resource => resource.IsReport && !madeLater.Contains(tables[resource.Name])))
        {
            var payload = (await resource.NewPayloadAsync(Client)).Without("sourceIds");
            foreach (var citations in new[]
            {
                new JsonArray(Cite(statement)),
                new JsonArray(Cite(statement), Cite(other)),
                new JsonArray(Cite(statement), Cite(relay)),
                new JsonArray(Cite(statement, Payloads.Count(7, "atMost")), Cite(relay, Payloads.Count(8, "atLeast"))),
                new JsonArray(Cite(statement, Payloads.Count(12, "range", low: 10, high: 14)), Cite(other, Payloads.Count(9, "moreThan"))),
            })
            {
                await Client.CreateAsync(resource.Collection, payload.With(("externalId", Payloads.Unique("migrated")), ("citations", citations)));
            }

            expected[resource.Name] = ["singleSource", "corroborated", "singleSource", "contested", "corroborated"];
        }

        await using (var db = Factory.CreateDbContext())
        {
            await MigrationRedo.RedoAsync(db, sqliteMigration: "RecordStatus", postgresMigration: "RecordStatus");
        }

        foreach (var (name, statuses) in expected)
        {
            var migrated = (await Client.AllAsync(name)).Where(r => r["externalId"]!.GetValue<string>().StartsWith("migrated", StringComparison.Ordinal));
            Assert.Equal(statuses, migrated.Select(r => r["status"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task A_patch_of_relays_is_refused_on_the_field_for_itself_a_cycle_or_a_missing_source()
    {
        var statement = await Client.CreateSourceAsync();
        var report = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));
        var path = Paths.Of(Paths.Sources, statement);
        (JsonObject Patch, string Field)[] cases =
        [
            (new JsonObject { ["relaysSourceIds"] = Payloads.Ids(statement) }, "relaysSourceIds[0]"),
            (new JsonObject { ["relaysSourceIds"] = Payloads.Ids(report) }, "relaysSourceIds"),
            (new JsonObject { ["relaysSourceIds"] = Payloads.Ids(999_999) }, "relaysSourceIds[0]"),
        ];
        foreach (var (patch, field) in cases)
        {
            using var response = await Client.MergePatchAsync(path, patch);
            await ProblemAssert.IsValidationProblemAsync(response, field);
        }

        Assert.Equal("[]", (await Client.ReadAsync(Paths.Sources, statement))["relaysSourceIds"].Text());
    }

    [Fact]
    public async Task Imported_records_get_their_status_as_posted_ones_do()
    {
        var statement = await Client.CreateSourceAsync();
        var other = await Client.CreateSourceAsync();
        var records = new JsonArray(
            Payloads.Casualty(statement),
            Payloads.Casualty(statement).With(("sourceIds", Payloads.Ids(statement, other))),
            Payloads.Casualty(statement).Without("sourceIds").With(("citations", new JsonArray(Cite(statement, Payloads.Count(3)), Cite(other, Payloads.Count(9))))));
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", records.ToJsonString(), ImportHttp.Json), inserted: 3);

        Assert.Equal(["singleSource", "corroborated", "contested"], (await Client.AllAsync("casualties")).Select(r => r["status"]!.GetValue<string>()));
        Assert.Single(await Client.ListIdsAsync(Paths.Casualties, "status=contested"));
    }

    [Fact]
    public async Task The_summary_asked_for_statuses_counts_the_records_of_each_total_by_status_under_the_same_filters()
    {
        var statement = await Client.CreateSourceAsync();
        var other = await Client.CreateSourceAsync();
        await Client.CreateAsync(Paths.Operations, Payloads.Operation(statement).With(("sourceIds", Payloads.Ids(statement, other))));
        await Client.CreateAsync(Paths.Operations, Payloads.Operation(statement).With(("country", "IQ")));
        await Client.CreateAsync(Paths.Casualties, Payloads.Casualty(statement).Without("sourceIds")
            .With(("citations", new JsonArray(Cite(statement, Payloads.Count(3)), Cite(other, Payloads.Count(9))))));
        await Client.CreateAsync(Paths.Arrests, Payloads.Arrest(statement));

        var plain = await Client.GetObjectAsync("/api/v1/stats/summary");
        var summary = await Client.GetObjectAsync("/api/v1/stats/summary?statuses=true");
        var expected = new JsonObject
        {
            ["operations"] = Counts(1, 1, 0),
            ["killed"] = Counts(0, 0, 1),
            ["wounded"] = Counts(0, 0, 0),
            ["arrested"] = Counts(1, 0, 0),
        };
        Assert.Equal(expected.Text(), summary["statuses"].Text());
        Assert.Equal(2, summary["operations"]!["records"]!.GetValue<int>());
        // Counting by status reads every record the totals sum, so the summary does it only when asked.
        Assert.False(plain.ContainsKey("statuses"));
        Assert.Equal(summary["killed"].Text(), plain["killed"].Text());

        var syria = await Client.GetObjectAsync("/api/v1/stats/summary?country=SY&statuses=true");
        Assert.Equal(Counts(0, 1, 0).Text(), syria["statuses"]!["operations"].Text());
    }

    private static JsonObject Counts(long singleSource, long corroborated, long contested) => new()
    {
        ["singleSource"] = singleSource,
        ["corroborated"] = corroborated,
        ["contested"] = contested,
    };

    private static JsonObject Cite(long sourceId, JsonObject? count = null)
    {
        var citation = new JsonObject { ["sourceId"] = sourceId };
        if (count is not null)
        {
            citation["count"] = count;
        }

        return citation;
    }
}
