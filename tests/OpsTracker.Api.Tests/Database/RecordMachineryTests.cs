using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.DesignTime;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// Walks the EF model: every record table has the machinery its migrations must add beside what EF makes (its live
/// record count, its longest period where its records have one, every index of the model, live records only), and it
/// works: an insert, an update and a soft delete change the count, the search and the running totals as they should,
/// and a record another refers to cannot be deleted. A kind whose migration forgot a helper fails here, by name.
/// </summary>
public sealed class RecordMachineryTests : ApiTest
{
    /// <summary>The kinds built on the model alone (the foreign keys are the same on both databases).</summary>
    private static readonly RecordKinds DesignKinds = new(new SqliteDesignTimeFactory().CreateDbContext([]).Model);

    public static TheoryData<string> Paths => [.. ResourceRegistration.Paths];

    /// <summary>(referred-to resource, referring resource, referring field) for every reference the model has.</summary>
    public static TheoryData<string, string, string> References
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var kind in DesignKinds.All)
            {
                foreach (var dependents in kind.Dependents)
                {
                    foreach (var referring in dependents.Fields)
                    {
                        data.Add(kind.Path, dependents.Path, referring);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_record_table_has_its_counters_and_every_index_of_the_model(string path)
    {
        var kind = Kind(path);
        await using var db = Factory.CreateDbContext();
        var entityType = db.Model.FindEntityType(kind.EntityType)!;

        Assert.True(Factory.Database.Count("LiveRecordCounts", $"\"Table\" = '{kind.Table}'") == 1,
            $"{kind.Table} has no row in LiveRecordCounts: its migrations must call migrationBuilder.AddRecordMachinery(\"{kind.Table}\", ...).");
        if (typeof(IPeriod).IsAssignableFrom(kind.EntityType))
        {
            Assert.True(Factory.Database.Count("LongestPeriods", $"\"Table\" = '{kind.Table}'") == 1,
                $"{kind.Table} has no row in LongestPeriods: its migrations must call migrationBuilder.AddLongestPeriod(\"{kind.Table}\", ...).");
        }

        foreach (var index in new[] { entityType }.Concat(OwnedTypes(entityType)).SelectMany(type => type.GetIndexes()))
        {
            var name = index.GetDatabaseName()!;
            var sql = IndexSql(name);
            Assert.True(sql is not null, $"{kind.Table} lacks the index {name} of the model: add a migration.");
            if (index.GetFilter() is { } filter)
            {
                Assert.True(sql!.Contains(filter, StringComparison.Ordinal), $"The index {name} of {kind.Table} is not limited to {filter}: {sql}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_record_is_counted_found_and_totalled_through_create_update_and_delete(string path)
    {
        var kind = Kind(path);
        var resource = ResourceCatalogue.Get(path);
        var isPeriod = typeof(IPeriod).IsAssignableFrom(kind.EntityType);
        var created = (await resource.NewPayloadAsync(Client)).With(("notes", "Seen near Zqmarra"));
        if (isPeriod)
        {
            created = created.With(("startDate", "2024-01-01"), ("endDate", "2024-03-01"));
        }

        var before = await AssertCountedAsync(kind);
        var version = DataVersion(kind);
        var id = await Client.CreateIdAsync(resource.Collection, created);
        Assert.Equal(before + 1, await AssertCountedAsync(kind));
        version = AssertVersionRaised(kind, version, "an insert");
        Assert.True((await FoundAsync(resource, "zqmarra")).SequenceEqual([id]),
            $"A new {kind.SingularName} is not found by q: the full-text machinery of {kind.Table} is missing (AddRecordMachinery).");
        if (isPeriod)
        {
            Assert.True((await Client.ListIdsAsync(resource.Collection, "from=2024-03-01")).Contains(id),
                $"A {kind.SingularName} whose period ends on from is not listed: {kind.Table}'s longest period is not kept (AddLongestPeriod).");
        }

        await AssertTotalsAgreeAsync(kind);

        var changed = (await resource.ChangedPayloadAsync(Client, created)).With(("notes", "Seen near Qzbarra"));
        using (var update = await Client.PutJsonAsync(resource.PathOf(id), changed))
        {
            await update.AssertStatusAsync(HttpStatusCode.OK);
        }

        version = AssertVersionRaised(kind, version, "an update");
        var beforeDelete = await AssertCountedAsync(kind);
        Assert.True((await FoundAsync(resource, "zqmarra")).Count == 0,
            $"A changed {kind.SingularName} is still found by its old text: {kind.Table}'s full-text index is not kept on update.");
        Assert.True((await FoundAsync(resource, "qzbarra")).SequenceEqual([id]),
            $"A changed {kind.SingularName} is not found by its new text: {kind.Table}'s full-text index is not kept on update.");
        await AssertTotalsAgreeAsync(kind);

        using (var delete = await Client.DeleteAsync(resource.PathOf(id)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal(beforeDelete - 1, await AssertCountedAsync(kind));
        AssertVersionRaised(kind, version, "a soft delete");
        Assert.True((await FoundAsync(resource, "qzbarra")).Count == 0, $"A deleted {kind.SingularName} is still found by q.");
        await AssertTotalsAgreeAsync(kind);
    }

    [Theory]
    [MemberData(nameof(References))]
    public async Task A_record_another_refers_to_cannot_be_deleted_until_the_other_is(string path, string referring, string field)
    {
        var principal = ResourceCatalogue.Get(path);
        var dependent = ResourceCatalogue.Get(referring);
        var dependents = Kind(path).Dependents.Single(candidate => candidate.Path == referring);
        var principalId = await Client.CreateIdAsync(principal.Collection, await principal.NewPayloadAsync(Client));
        var payload = await dependent.NewPayloadAsync(Client);
        var body = field switch
        {
            "citations.attributedTo.forceId" => payload.With(("citations", new JsonArray(new JsonObject
            {
                ["sourceId"] = payload["sourceIds"]!.AsArray()[0]!.GetValue<long>(),
                ["attributedTo"] = new JsonObject { ["forceId"] = principalId },
            }))),
            _ when field.StartsWith("roles.", StringComparison.Ordinal) => payload.With(("roles", new JsonArray(RoleReferring(field, principalId, payload["sourceIds"]!.AsArray()[0]!.GetValue<long>())))),
            _ => payload.With((field, field.EndsWith("Ids", StringComparison.Ordinal)
                ? Payloads.Ids(principalId)
                : JsonValue.Create(principalId))),
        };
        var dependentId = await Client.CreateIdAsync(dependent.Collection, body);

        using (var refused = await Client.DeleteAsync(principal.PathOf(principalId)))
        {
            var problem = await ProblemAssert.IsDeleteRefusedAsync(refused, $"1 {dependents.Description}");
            Assert.StartsWith($"This {principal.SingularName} is still referred to by ", problem.Detail);
        }

        using (var delete = await Client.DeleteAsync(dependent.PathOf(dependentId)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        using var allowed = await Client.DeleteAsync(principal.PathOf(principalId));
        await allowed.AssertStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public void Every_reference_to_a_record_comes_from_a_record_kind_and_blocks_the_delete()
    {
        var model = new SqliteDesignTimeFactory().CreateDbContext([]).Model;
        foreach (var kind in DesignKinds.All)
        {
            var principal = model.FindEntityType(kind.EntityType)!;
            foreach (var key in principal.GetReferencingForeignKeys().Where(key => !key.IsOwnership))
            {
                var referring = key.DeclaringEntityType.IsOwned() ? key.DeclaringEntityType.FindOwnership()!.PrincipalEntityType : key.DeclaringEntityType;
                if (FollowsWhatItRefersTo.Contains(referring.ClrType))
                {
                    continue;
                }

                var owner = DesignKinds.All.SingleOrDefault(candidate => candidate.EntityType == referring.ClrType);
                Assert.True(owner is not null,
                    $"{key.DeclaringEntityType.ClrType.Name}.{key.Properties[0].Name} refers to a {kind.SingularName} but {referring.ClrType.Name} is no "
                    + "registered record kind: deleting the record it refers to would not be refused.");
                Assert.Contains(kind.Dependents, dependents => dependents.Path == owner!.Path);
            }
        }
    }

    /// <summary>
    /// What refers to a record without being a record kind, and is hidden with it instead of blocking its delete: a
    /// report (a source's text and its drafts) follows its source (ReportWorkflowTests show it).
    /// </summary>
    private static readonly HashSet<Type> FollowsWhatItRefersTo = [typeof(OpsTracker.Api.Features.Intake.Reports.Report)];

    /// <summary>A person's role whose <paramref name="field"/> (roles.forceId, roles.citations.sourceId, ...) names <paramref name="id"/>, citing <paramref name="sourceId"/> where it must cite.</summary>
    private static JsonObject RoleReferring(string field, long id, long sourceId) => field switch
    {
        "roles.forceId" => new JsonObject { ["title"] = "commander", ["forceId"] = id },
        "roles.citations.sourceId" => new JsonObject { ["title"] = "commander", ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = id }) },
        "roles.citations.attributedTo.forceId" => new JsonObject
        {
            ["title"] = "commander",
            ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["attributedTo"] = new JsonObject { ["forceId"] = id } }),
        },
        _ => throw new InvalidOperationException($"No role refers through {field}."),
    };

    private IResourceDefinition Kind(string path) =>
        Factory.Services.GetRequiredService<RecordKinds>().All.Single(kind => kind.Path == path);

    private static IEnumerable<IEntityType> OwnedTypes(IEntityType entityType) =>
        entityType.GetNavigations().Where(navigation => navigation.TargetEntityType.IsOwned()).Select(navigation => navigation.TargetEntityType);

    /// <summary>
    /// The unfiltered list's total (the trigger-kept count) is the number of live records, as counted in the table;
    /// returns that number.
    /// </summary>
    private async Task<long> AssertCountedAsync(IResourceDefinition kind)
    {
        var stored = Factory.Database.Count(kind.Table, OpsTrackerDbContext.NotDeleted);
        var page = await Client.GetObjectAsync($"{JsonHttp.BasePath}/{kind.Path}");
        Assert.True(page["totalCount"]!.GetValue<long>() == stored,
            $"{kind.Table}'s live record count says {page["totalCount"]} where the table holds {stored}: its count triggers are missing (AddRecordMachinery).");
        return stored;
    }

    /// <summary>The table's data version, kept beside its live record count.</summary>
    private long DataVersion(IResourceDefinition kind)
    {
        using var connection = Factory.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Version\" FROM \"LiveRecordCounts\" WHERE \"Table\" = '{kind.Table}'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The data version has risen since <paramref name="before"/>; returns it.</summary>
    private long AssertVersionRaised(IResourceDefinition kind, long before, string write)
    {
        var after = DataVersion(kind);
        Assert.True(after > before,
            $"{kind.Table}'s data version stayed at {before} after {write}: its machinery is older than version 2 (AddRecordMachinery(\"{kind.Table}\", 2), or DataVersions).");
        return after;
    }

    /// <summary>The trigger-kept totals of the unfiltered summary are those the same records sum to.</summary>
    private async Task AssertTotalsAgreeAsync(IResourceDefinition kind)
    {
        var running = await Client.GetObjectAsync("/api/v1/stats/summary");
        var summed = await Client.GetObjectAsync("/api/v1/stats/summary?from=0001-01-01");
        foreach (var metric in new[] { "operations", "killed", "wounded", "arrested" })
        {
            Assert.True(Totals.Read(running[metric]) == Totals.Read(summed[metric]),
                $"After a write to {kind.Table} the running total of {metric} is {running[metric]!.ToJsonString()}, but the records sum to {summed[metric]!.ToJsonString()}.");
        }
    }

    private async Task<List<long>> FoundAsync(ResourceCase resource, string text) =>
        await Client.ListIdsAsync(resource.Collection, ListHttp.Search(text));

    /// <summary>The index's SQL as the database holds it, or null when it has no index of that name.</summary>
    private string? IndexSql(string name)
    {
        using var connection = Factory.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = TestDatabase.IsPostgres
            ? "SELECT indexdef FROM pg_indexes WHERE indexname = @name"
            : "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return command.ExecuteScalar() as string;
    }
}
