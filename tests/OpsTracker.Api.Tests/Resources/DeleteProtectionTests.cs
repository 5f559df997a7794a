using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>
/// A source, force, camp or operation that other records still refer to cannot be deleted (409, nothing
/// deleted); once those records are gone, it can.
/// </summary>
public sealed class DeleteProtectionTests : ApiTest
{
    public static TheoryData<string> ForceReferences => ["parentId", "forceIds", "arrestingForceId", "custodianForceId"];

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_cited_source_cannot_be_deleted_until_the_citing_record_is(string citing)
    {
        var resource = ResourceCatalogue.Get(citing);
        var sourceId = await Client.CreateSourceAsync();
        var collection = resource.Collection;
        var body = (await resource.ReportPayloadAsync(Client, sourceId, await Client.CreateCampAsync()))!;
        var holder = $"1 {resource.PluralName}";
        var recordId = await Client.CreateIdAsync(collection, body);

        await AssertDeleteRefusedAsync(Paths.Sources, sourceId, "source", holder);
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, "sources"));

        await AssertDeletedAsync(collection, recordId);
        await AssertDeletedAsync(Paths.Sources, sourceId);
    }

    [Theory]
    [MemberData(nameof(ForceReferences))]
    public async Task A_referenced_force_cannot_be_deleted_until_the_referring_record_is(string reference)
    {
        var forceId = await Client.CreateForceAsync();
        var (collection, body, holder) = reference switch
        {
            "parentId" => (Paths.Forces, Payloads.Force(parentId: forceId), "1 forces under it"),
            "forceIds" => (Paths.Operations, Payloads.Operation(await Client.CreateSourceAsync(), forceId), "1 operations"),
            "arrestingForceId" => (Paths.Arrests, Payloads.Arrest(await Client.CreateSourceAsync(), arrestingForceId: forceId), "1 arrest records"),
            _ => (Paths.DetaineeFigures, Payloads.DetaineeFigure(await Client.CreateSourceAsync(), custodianForceId: forceId), "1 detainee figures"),
        };
        var recordId = await Client.CreateIdAsync(collection, body);

        await AssertDeleteRefusedAsync(Paths.Forces, forceId, "force", holder);

        await AssertDeletedAsync(collection, recordId);
        await AssertDeletedAsync(Paths.Forces, forceId);
    }

    [Fact]
    public async Task A_force_referred_to_in_several_ways_lists_every_kind_of_holder()
    {
        var forceId = await Client.CreateForceAsync();
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Forces, Payloads.Force(parentId: forceId));
        await Client.CreateIdAsync(Paths.Forces, Payloads.Force(parentId: forceId));
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId, forceId));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId, arrestingForceId: forceId));
        await Client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(sourceId, custodianForceId: forceId));

        var problem = await AssertDeleteRefusedAsync(Paths.Forces, forceId, "force",
            "2 forces under it", "1 operations", "1 arrest records", "1 detainee figures");

        Assert.Equal(
            "This force is still referred to by 2 forces under it, 1 operations, 1 arrest records, 1 detainee figures. Change or delete those first.",
            problem.Detail);
        Assert.Equal(3, await StoredRecords.CountAsync(Factory, "forces"));
    }

    [Fact]
    public async Task A_camp_in_a_population_figure_cannot_be_deleted_until_the_figure_is()
    {
        var alHol = await Client.CreateCampAsync();
        var roj = await Client.CreateCampAsync();
        var figureId = await Client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(await Client.CreateSourceAsync(), alHol, roj));

        await AssertDeleteRefusedAsync(Paths.Camps, alHol, "camp", "1 camp population figures");
        await AssertDeleteRefusedAsync(Paths.Camps, roj, "camp", "1 camp population figures");

        await AssertDeletedAsync(Paths.CampPopulations, figureId);
        await AssertDeletedAsync(Paths.Camps, alHol);
        await AssertDeletedAsync(Paths.Camps, roj);
    }

    [Fact]
    public async Task An_operation_with_casualty_or_arrest_records_cannot_be_deleted_until_they_are()
    {
        var sourceId = await Client.CreateSourceAsync();
        var forceId = await Client.CreateForceAsync();
        var operationId = await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId, forceId));
        var casualtyId = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId, operationId));
        var arrestId = await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId, operationId: operationId));

        await AssertDeleteRefusedAsync(Paths.Operations, operationId, "operation", "1 casualty records", "1 arrest records");
        await AssertDeletedAsync(Paths.Casualties, casualtyId);
        await AssertDeleteRefusedAsync(Paths.Operations, operationId, "operation", "1 arrest records");
        await AssertDeletedAsync(Paths.Arrests, arrestId);
        await AssertDeletedAsync(Paths.Operations, operationId);

        // The operation's citations and force links went with it; the source and force themselves stayed.
        await Client.ReadAsync(Paths.Sources, sourceId);
        await AssertDeletedAsync(Paths.Sources, sourceId);
        await AssertDeletedAsync(Paths.Forces, forceId);
    }

    private async Task<ApiProblem> AssertDeleteRefusedAsync(string collection, long id, string singularName, params string[] holders)
    {
        var before = await Client.ReadAsync(collection, id);
        using var response = await Client.DeleteAsync(Paths.Of(collection, id));

        var problem = await ProblemAssert.IsDeleteRefusedAsync(response, holders);
        Assert.StartsWith($"This {singularName} is still referred to by ", problem.Detail);
        var after = await Client.ReadAsync(collection, id);
        Assert.True(JsonNode.DeepEquals(before, after), "A refused delete changes nothing.");
        return problem;
    }

    private async Task AssertDeletedAsync(string collection, long id)
    {
        using var response = await Client.DeleteAsync(Paths.Of(collection, id));
        await response.AssertStatusAsync(HttpStatusCode.NoContent);
        using var get = await Client.GetAsync(Paths.Of(collection, id));
        await get.AssertStatusAsync(HttpStatusCode.NotFound);
    }
}
