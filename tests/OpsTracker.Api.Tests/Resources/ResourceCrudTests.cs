using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>Create, read, list, update and delete, run once for every resource from its catalogue case.</summary>
public sealed class ResourceCrudTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Post_answers_201_with_the_location_and_the_stored_record(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var before = DateTime.UtcNow;

        using var response = await Client.PostJsonAsync(resource.Collection, payload);

        await response.AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var created = await response.ReadObjectAsync();
        RecordAssert.HasRecordFields(created);
        RecordAssert.MatchesPayload(payload, created);
        Assert.Equal(resource.PathOf(created.Id()), response.Headers.Location?.OriginalString);
        var createdAt = created.Timestamp("createdAt");
        Assert.Equal(createdAt, created.Timestamp("updatedAt"));
        Assert.InRange(createdAt, before.AddSeconds(-5), DateTime.UtcNow.AddSeconds(5));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Get_by_id_answers_the_record_as_it_was_created(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));

        var read = await Client.GetObjectAsync(resource.PathOf(created.Id()));

        Assert.True(JsonNode.DeepEquals(created, read), $"created {created.ToJsonString()}, read {read.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task List_answers_pages_in_id_order_with_the_total_count(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var created = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            created.Add(await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client)));
        }

        var ids = created.Select(record => record.Id()).ToList();
        Assert.Equal(ids.Order(), ids);

        var first = await Client.GetObjectAsync($"{resource.Collection}?page=1&pageSize=2");
        var second = await Client.GetObjectAsync($"{resource.Collection}?page=2&pageSize=2");
        var beyond = await Client.GetObjectAsync($"{resource.Collection}?page=3&pageSize=2");
        var defaults = await Client.GetObjectAsync(resource.Collection);

        AssertPage(first, page: 1, pageSize: 2, totalCount: 3, ids[0], ids[1]);
        AssertPage(second, page: 2, pageSize: 2, totalCount: 3, ids[2]);
        AssertPage(beyond, page: 3, pageSize: 2, totalCount: 3);
        AssertPage(defaults, page: 1, pageSize: 50, totalCount: 3, [.. ids]);
        Assert.True(JsonNode.DeepEquals(created[0], first["items"]![0]), "A listed record reads as the record itself.");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task List_accepts_the_largest_page_size(string name)
    {
        var resource = ResourceCatalogue.Get(name);

        var page = await Client.GetObjectAsync($"{resource.Collection}?page=1&pageSize=500");

        AssertPage(page, page: 1, pageSize: 500, totalCount: 0);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Put_replaces_every_field_moves_updatedAt_forward_and_keeps_createdAt(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var original = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, original);
        var changed = await resource.ChangedPayloadAsync(Client, original);
        await Task.Delay(20);

        using var response = await Client.PutJsonAsync(resource.PathOf(created.Id()), changed);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var updated = await response.ReadObjectAsync();
        RecordAssert.MatchesPayload(changed, updated);
        Assert.Equal(created.Id(), updated.Id());
        Assert.Equal(created.Timestamp("createdAt"), updated.Timestamp("createdAt"));
        Assert.True(updated.Timestamp("updatedAt") > created.Timestamp("updatedAt"), "updatedAt moves forward on a change.");

        var read = await Client.GetObjectAsync(resource.PathOf(created.Id()));
        Assert.True(JsonNode.DeepEquals(updated, read), $"PUT answered {updated.ToJsonString()}, GET reads {read.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Put_is_a_full_replacement_so_optional_fields_left_out_are_cleared(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var original = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, original);
        Assert.NotNull(created["externalId"]);
        Assert.NotNull(created["notes"]);

        using var response = await Client.PutJsonAsync(resource.PathOf(created.Id()), original.Without("externalId", "notes"));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var updated = await response.ReadObjectAsync();
        Assert.Null(updated["externalId"]);
        Assert.Null(updated["notes"]);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Put_with_the_body_it_was_created_with_changes_nothing_and_keeps_updatedAt(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var original = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, original);
        await Task.Delay(20);

        using var response = await Client.PutJsonAsync(resource.PathOf(created.Id()), original);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var updated = await response.ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(created, updated), $"created {created.ToJsonString()}, after PUT {updated.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Delete_answers_204_and_afterwards_the_record_is_not_found(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var id = await Client.CreateIdAsync(resource.Collection, payload);

        using var response = await Client.DeleteAsync(resource.PathOf(id));

        await response.AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        using var get = await Client.GetAsync(resource.PathOf(id));
        await ProblemAssert.IsNotFoundAsync(get, resource.SingularName, id);
        using var put = await Client.PutJsonAsync(resource.PathOf(id), payload);
        await ProblemAssert.IsNotFoundAsync(put, resource.SingularName, id);
        using var deleteAgain = await Client.DeleteAsync(resource.PathOf(id));
        await ProblemAssert.IsNotFoundAsync(deleteAgain, resource.SingularName, id);
        Assert.Equal(0, await Client.CountAsync(resource.Collection));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    private static void AssertPage(JsonObject answer, int page, int pageSize, int totalCount, params long[] ids)
    {
        Assert.Equal(page, answer["page"]!.GetValue<int>());
        Assert.Equal(pageSize, answer["pageSize"]!.GetValue<int>());
        Assert.Equal(totalCount, answer["totalCount"]!.GetValue<int>());
        Assert.Equal(ids, answer["items"]!.AsArray().Select(item => item!.AsObject().Id()));
    }
}
