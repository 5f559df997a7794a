using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>Every record's version as a strong ETag, and the conditional requests built on it.</summary>
public sealed class ETagTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Create_get_and_put_carry_the_version_as_a_strong_etag(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        using var created = await Client.PostJsonAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        await created.AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal("\"1\"", ConditionalHttp.ETagOf(created));
        var id = (await created.ReadObjectAsync()).Id();

        var (record, etag) = await Client.GetWithETagAsync(resource.PathOf(id));
        Assert.Equal("\"1\"", etag);

        using var updated = await Client.PutIfMatchAsync(resource.PathOf(id), await resource.ChangedPayloadAsync(Client, record), etag);
        await updated.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", ConditionalHttp.ETagOf(updated));
        Assert.Equal("\"2\"", (await Client.GetWithETagAsync(resource.PathOf(id))).ETag);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_put_or_delete_with_a_stale_etag_is_412_and_changes_nothing(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var id = await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var (original, staleETag) = await Client.GetWithETagAsync(resource.PathOf(id));
        var change = await resource.ChangedPayloadAsync(Client, original);
        using (var first = await Client.PutIfMatchAsync(resource.PathOf(id), change, staleETag))
        {
            await first.AssertStatusAsync(HttpStatusCode.OK);
        }

        var (current, currentETag) = await Client.GetWithETagAsync(resource.PathOf(id));
        using var stalePut = await Client.PutIfMatchAsync(resource.PathOf(id), original.AsBody(), staleETag);
        var problem = await ProblemAssert.IsProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        Assert.Equal(currentETag, problem.Body["currentETag"]!.GetValue<string>());
        Assert.Contains("version 2", problem.Detail);

        using var staleDelete = await Client.DeleteIfMatchAsync(resource.PathOf(id), staleETag);
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);

        var (after, afterETag) = await Client.GetWithETagAsync(resource.PathOf(id));
        Assert.Equal(current.Text(), after.Text());
        Assert.Equal(currentETag, afterETag);
    }

    [Fact]
    public async Task A_delete_with_the_current_etag_deletes()
    {
        var id = await Client.CreateSourceAsync();
        var (_, etag) = await Client.GetWithETagAsync(Paths.Of(Paths.Sources, id));

        using var deleted = await Client.DeleteIfMatchAsync(Paths.Of(Paths.Sources, id), etag);

        await deleted.AssertStatusAsync(HttpStatusCode.NoContent);
        using var gone = await Client.GetAsync(Paths.Of(Paths.Sources, id));
        await ProblemAssert.IsNotFoundAsync(gone, "source", id);
    }

    [Fact]
    public async Task If_none_match_with_the_current_etag_answers_304_until_the_record_changes()
    {
        var id = await Client.CreateSourceAsync();
        var path = Paths.Of(Paths.Sources, id);
        var (record, etag) = await Client.GetWithETagAsync(path);

        using (var unchanged = await Client.GetIfNoneMatchAsync(path, etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Equal(etag, ConditionalHttp.ETagOf(unchanged));
            Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        }

        using (var weak = await Client.GetIfNoneMatchAsync(path, $"\"7\", W/{etag}"))
        {
            Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        }

        (await Client.PutJsonAsync(path, record.AsBody().With(("notes", "Changed.")))).Dispose();

        using var changed = await Client.GetIfNoneMatchAsync(path, etag);
        await changed.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", ConditionalHttp.ETagOf(changed));
        Assert.Equal("Changed.", (await changed.ReadObjectAsync())["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task If_match_star_matches_any_stored_version_and_a_list_matches_any_of_its_tags()
    {
        var id = await Client.CreateSourceAsync();
        var path = Paths.Of(Paths.Sources, id);
        var (record, _) = await Client.GetWithETagAsync(path);

        using (var star = await Client.PutIfMatchAsync(path, record.AsBody().With(("notes", "First.")), "*"))
        {
            await star.AssertStatusAsync(HttpStatusCode.OK);
        }

        using var list = await Client.PutIfMatchAsync(path, record.AsBody().With(("notes", "Second.")), "\"9\", \"2\"");
        await list.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("\"3\"", ConditionalHttp.ETagOf(list));
    }

    [Fact]
    public async Task A_weak_etag_never_satisfies_if_match()
    {
        var id = await Client.CreateSourceAsync();
        var path = Paths.Of(Paths.Sources, id);
        var (record, etag) = await Client.GetWithETagAsync(path);

        using var response = await Client.PutIfMatchAsync(path, record.AsBody(), $"W/{etag}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("version-1")]
    [InlineData("\"1")]
    public async Task A_malformed_if_match_is_a_400_naming_the_header(string ifMatch)
    {
        var id = await Client.CreateSourceAsync();
        var path = Paths.Of(Paths.Sources, id);
        var (record, _) = await Client.GetWithETagAsync(path);

        using var put = await Client.PutIfMatchAsync(path, record.AsBody(), ifMatch);
        await ProblemAssert.IsValidationProblemAsync(put, "if-match");
        using var delete = await Client.DeleteIfMatchAsync(path, ifMatch);
        await ProblemAssert.IsValidationProblemAsync(delete, "if-match");
        Assert.Equal("\"1\"", (await Client.GetWithETagAsync(path)).ETag);
    }

    [Fact]
    public async Task A_put_that_changes_nothing_keeps_the_version()
    {
        var payload = Payloads.Source();
        var id = await Client.CreateIdAsync(Paths.Sources, payload);

        using var response = await Client.PutIfMatchAsync(Paths.Of(Paths.Sources, id), payload, "\"1\"");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("\"1\"", ConditionalHttp.ETagOf(response));
    }

    [Fact]
    public async Task Writes_without_if_match_still_work()
    {
        var id = await Client.CreateSourceAsync();
        var path = Paths.Of(Paths.Sources, id);
        var record = await Client.GetObjectAsync(path);

        using var put = await Client.PutJsonAsync(path, record.AsBody().With(("notes", "No precondition.")));
        await put.AssertStatusAsync(HttpStatusCode.OK);
        using var delete = await Client.DeleteAsync(path);
        await delete.AssertStatusAsync(HttpStatusCode.NoContent);
    }
}
