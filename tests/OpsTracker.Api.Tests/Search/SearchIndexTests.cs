using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Search;

/// <summary>
/// q is answered from a full-text index that database triggers keep in step with each record table. These tests
/// catch an index or trigger that a later migration dropped (SQLite rebuilds a table to alter it, and the
/// table's triggers go with it): every resource's records must be found after create and update, and not after
/// their text changed or they were deleted.
/// </summary>
public sealed class SearchIndexTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_record_is_found_by_its_text_after_create_and_update_and_not_after_delete(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var id = await Client.CreateIdAsync(resource.Collection, payload.With(("notes", "Seen near Tal Brak")));
        await Client.CreateIdAsync(resource.Collection, (await resource.NewPayloadAsync(Client)).With(("notes", "Nothing to see")));

        Assert.Equal([id], await FoundIdsAsync(resource, "tal brak"));
        Assert.Equal([id], await FoundIdsAsync(resource, "TAL-BRAK"));
        Assert.Equal([id], await FoundIdsAsync(resource, "al b"));

        using (var update = await Client.PutJsonAsync(resource.PathOf(id), payload.With(("notes", "تل براك"))))
        {
            await update.AssertStatusAsync(HttpStatusCode.OK);
        }

        Assert.Empty(await FoundIdsAsync(resource, "tal brak"));
        Assert.Equal([id], await FoundIdsAsync(resource, "تل بَراك"));

        using (var delete = await Client.DeleteAsync(resource.PathOf(id)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        Assert.Empty(await FoundIdsAsync(resource, "تل براك"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("ب")]
    public async Task Terms_shorter_than_three_letters_still_match_substrings(string term)
    {
        var sourceId = await Client.CreateSourceAsync();
        var id = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("notes", "Tal Brak تل براك")));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("notes", "Hasakah")));

        Assert.Equal([id], await FoundIdsAsync(ResourceCatalogue.Get("casualties"), term));
    }

    private async Task<List<long>> FoundIdsAsync(ResourceCase resource, string q)
    {
        var page = await Client.GetObjectAsync($"{resource.Collection}?q={Uri.EscapeDataString(q)}");
        return page["items"]!.AsArray().Select(item => item!.AsObject().Id()).ToList();
    }
}
