using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>Unknown ids (404) and externalIds another record holds (409), for every resource.</summary>
public sealed class ResourceConflictTests : ApiTest
{
    private const long UnknownId = 424242;

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Get_put_and_delete_of_an_unknown_id_answer_404_problems_naming_the_record(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var existing = await Client.CreateAsync(resource.Collection, payload);

        using var get = await Client.GetAsync(resource.PathOf(UnknownId));
        using var put = await Client.PutJsonAsync(resource.PathOf(UnknownId), payload.Without("externalId"));
        using var putInvalid = await Client.PutJsonAsync(resource.PathOf(UnknownId), new JsonObject());
        using var delete = await Client.DeleteAsync(resource.PathOf(UnknownId));

        var problem = await ProblemAssert.IsNotFoundAsync(get, resource.SingularName, UnknownId);
        Assert.Equal("Not found.", problem.Title);
        await ProblemAssert.IsNotFoundAsync(put, resource.SingularName, UnknownId);
        await ProblemAssert.IsNotFoundAsync(putInvalid, resource.SingularName, UnknownId);
        await ProblemAssert.IsNotFoundAsync(delete, resource.SingularName, UnknownId);
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, name));
        Assert.True(JsonNode.DeepEquals(existing, await Client.ReadAsync(resource.Collection, existing.Id())));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task An_externalId_another_record_holds_answers_409_on_post_and_put_and_writes_nothing(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var first = await resource.NewPayloadAsync(Client);
        var holder = await Client.CreateIdAsync(resource.Collection, first);
        var taken = first["externalId"]!.GetValue<string>();
        var secondPayload = await resource.NewPayloadAsync(Client);
        var second = await Client.CreateAsync(resource.Collection, secondPayload);
        var changed = await resource.ChangedPayloadAsync(Client, secondPayload);
        var third = await resource.NewPayloadAsync(Client);
        var stored = await StoredRecords.CountAsync(Factory, name);

        using var post = await Client.PostJsonAsync(resource.Collection, third.With(("externalId", taken)));
        using var put = await Client.PutJsonAsync(resource.PathOf(second.Id()), changed.With(("externalId", taken)));

        var postProblem = await ProblemAssert.IsUniqueConflictAsync(post, "externalId", holder);
        Assert.Equal($"Another {resource.SingularName} (id {holder}) already has externalId '{taken}'.", postProblem.Detail);
        await ProblemAssert.IsUniqueConflictAsync(put, "externalId", holder);
        Assert.Equal(stored, await Client.CountAsync(resource.Collection));
        Assert.Equal(stored, await StoredRecords.CountAsync(Factory, name));
        var after = await Client.ReadAsync(resource.Collection, second.Id());
        Assert.True(JsonNode.DeepEquals(second, after), $"before {second.ToJsonString()}, after {after.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Put_may_keep_the_records_own_externalId(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var original = await resource.NewPayloadAsync(Client);
        var id = await Client.CreateIdAsync(resource.Collection, original);
        var changed = (await resource.ChangedPayloadAsync(Client, original)).With(("externalId", original["externalId"]!.DeepClone()));

        using var response = await Client.PutJsonAsync(resource.PathOf(id), changed);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(original["externalId"].Text(), (await response.ReadObjectAsync())["externalId"].Text());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task An_empty_or_too_long_externalId_or_notes_answers_400_on_that_field(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        using var empty = await Client.PostJsonAsync(resource.Collection, payload.With(("externalId", "")));
        using var blank = await Client.PostJsonAsync(resource.Collection, payload.With(("externalId", "   ")));
        using var tooLong = await Client.PostJsonAsync(resource.Collection, payload.With(("externalId", new string('x', 201))));
        using var tooLongNotes = await Client.PostJsonAsync(resource.Collection, payload.With(("notes", new string('n', 4001))));

        var problem = await ProblemAssert.IsValidationProblemAsync(empty, "externalId");
        Assert.Equal(["externalId cannot be empty; leave it out instead."], problem.MessagesFor("externalId"));
        await ProblemAssert.IsValidationProblemAsync(blank, "externalId");
        await ProblemAssert.IsValidationProblemAsync(tooLong, "externalId");
        await ProblemAssert.IsValidationProblemAsync(tooLongNotes, "notes");
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
        var longest = await Client.CreateAsync(resource.Collection, payload.With(("externalId", new string('x', 200)), ("notes", new string('n', 4000))));
        Assert.Equal(200, longest["externalId"]!.GetValue<string>().Length);
    }
}
