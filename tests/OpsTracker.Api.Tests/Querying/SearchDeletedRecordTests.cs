using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// The full-text index keeps soft-deleted records, and a q that also names a camp unions its matches with the
/// records placed in the camp before the list's own filters apply: deleted records must still never be listed or
/// counted, whichever way they match.
/// </summary>
public sealed class SearchDeletedRecordTests : ApiTest
{
    [Theory]
    [InlineData("zetaville")]
    [InlineData("Zetaville")]
    public async Task Deleted_records_matching_by_their_own_text_or_their_camp_are_neither_listed_nor_counted(string q)
    {
        var sourceId = await Client.CreateSourceAsync();
        var campId = await Client.CreateCampAsync("Zetaville camp");
        var byText = await CreateAsync(sourceId, null, "Killed near Zetaville.");
        var byCamp = await CreateAsync(sourceId, campId, "No place named.");
        var deletedByText = await CreateAsync(sourceId, null, "Also near Zetaville.");
        var deletedByCamp = await CreateAsync(sourceId, campId, "No place named either.");
        var deletedByBoth = await CreateAsync(sourceId, campId, "In Zetaville camp.");
        foreach (var id in new[] { deletedByText, deletedByCamp, deletedByBoth })
        {
            (await Client.DeleteAsync(Paths.Of(Paths.Casualties, id))).Dispose();
        }

        var list = await Client.GetObjectAsync($"{Paths.Casualties}?q={q}");

        Assert.Equal([byText, byCamp], await Client.ListIdsAsync(Paths.Casualties, $"q={q}"));
        Assert.Equal(2, list["totalCount"]!.GetValue<int>());
        Assert.Equal([byCamp], await Client.ListIdsAsync(Paths.Casualties, $"q={q}&campId={campId}"));
    }

    private Task<long> CreateAsync(long sourceId, long? campId, string notes) =>
        Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("campId", campId), ("notes", notes)));
}
