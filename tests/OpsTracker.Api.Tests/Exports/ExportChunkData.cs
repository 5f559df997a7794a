using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// An API whose exports read lists two records at a time, so that a few records span several chunks: records of
/// every resource with lists, each citing its sources (forces, camps) in an order of its own and given unsorted,
/// a casualty with Arabic place names, and a deleted casualty between live ones.
/// </summary>
public sealed class ExportChunkData : IAsyncLifetime
{
    public const string ArabicLocality = "مخيم الهول، الحسكة";

    public ExportChunkData()
    {
        Factory = new ApiFactory().WithPooledConnections().WithSetting("Exports:ChunkRecords", "2");
        Client = Factory.CreateClient();
    }

    public ApiFactory Factory { get; }
    public HttpClient Client { get; }

    public long ArabicCasualty { get; private set; }
    public long DeletedCasualty { get; private set; }

    public async Task InitializeAsync()
    {
        var sources = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            sources.Add(await Client.CreateIdAsync(Paths.Sources, Payloads.Source()));
        }

        var forces = new[] { await Client.CreateForceAsync(), await Client.CreateForceAsync(), await Client.CreateForceAsync() };
        var camps = new[] { await Client.CreateCampAsync(), await Client.CreateCampAsync() };
        long[][] citations = [[sources[3], sources[0]], [sources[1]], [sources[4], sources[2], sources[1], sources[0]], [sources[2]], [sources[0], sources[4]], [sources[3]], [sources[1], sources[3]]];
        var casualties = new List<long>();
        foreach (var (cited, index) in citations.Select((cited, index) => (cited, index)))
        {
            var payload = Payloads.Casualty(cited[0]).With(
                ("sourceIds", Payloads.Ids(cited)),
                ("country", index % 3 == 0 ? "IQ" : "SY"),
                ("region", $"Region {index % 4}"),
                ("startDate", $"2025-0{1 + (index % 5)}-1{index}"),
                ("count", Payloads.Count(10 + index)));
            if (index % 2 == 0)
            {
                payload = payload.With(("latitude", 36.0 + index), ("longitude", 41.0 - index));
            }

            casualties.Add(await Client.CreateIdAsync(Paths.Casualties, payload));
        }

        ArabicCasualty = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sources[4]).With(
            ("sourceIds", Payloads.Ids(sources[4], sources[1])), ("region", "الحسكة"), ("locality", ArabicLocality),
            ("notes", "قتلى \"داعش\"، الحسكة"), ("latitude", 36.3733), ("longitude", 41.1442)));

        DeletedCasualty = casualties[3];
        using (var deleted = await Client.DeleteAsync(Paths.Of(Paths.Casualties, DeletedCasualty)))
        {
            Assert.True(deleted.IsSuccessStatusCode, $"Deleting casualty {DeletedCasualty}: {(int)deleted.StatusCode}");
        }

        long[][] forceSets = [[forces[2], forces[0]], [forces[1]], [forces[0], forces[1], forces[2]]];
        foreach (var (forceSet, index) in forceSets.Select((forceSet, index) => (forceSet, index)))
        {
            await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sources[index], forceSet).With(
                ("sourceIds", Payloads.Ids(citations[index])), ("latitude", 35.0 + index), ("longitude", 40.0 + index)));
            await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sources[index], forceSet[0]).With(("sourceIds", Payloads.Ids(citations[index + 2]))));
            await Client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(sources[index], forceSet[0]).With(("sourceIds", Payloads.Ids(citations[index + 4]))));
            await Client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(sources[index], index == 1 ? [camps[1], camps[0]] : [camps[index % 2]]).With(
                ("sourceIds", Payloads.Ids(citations[6 - index]))));
        }
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
