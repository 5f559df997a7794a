using System.Text.Json.Nodes;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Imports;

public sealed class SampleFilesTests : ApiTest
{
    /// <summary>Every resource, in the order records load into an empty database: one sample file each.</summary>
    private static readonly IReadOnlyList<string> Order = ResourceRegistration.Paths;

    [Fact]
    public async Task The_sample_files_load_in_order_into_an_empty_database_as_the_sample_data()
    {
        var samples = Path.Combine(Repository.Root, "docs", "samples");
        var files = Directory.GetFiles(samples, "*.csv").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Order.Select((resource, i) => $"{i + 1:00}-{resource}.csv"), files.Select(Path.GetFileName));

        using var seeded = new ApiFactory().WithSampleData();
        using var seededClient = seeded.CreateClient();

        // Each file holds every sample record of its resource; a kind the seed reports give none of (transfers) has
        // its header only, which shows the columns.
        foreach (var (resource, file) in Order.Zip(files))
        {
            var report = await Client.ImportOkAsync(resource, await File.ReadAllTextAsync(file), ImportHttp.Csv);
            Assert.True(report["inserted"]!.GetValue<long>() == (await seededClient.AllAsync(resource)).Count, $"{file}: {report.ToJsonString()}");
        }

        foreach (var resource in Order)
        {
            var imported = (await Client.AllAsync(resource)).Select(WithoutTimestamps);
            var expected = (await seededClient.AllAsync(resource)).Select(WithoutTimestamps);
            Assert.Equal(expected, imported);
        }
    }

    private static string WithoutTimestamps(JsonObject record)
    {
        var copy = (JsonObject)record.DeepClone();
        copy.Remove("createdAt");
        copy.Remove("updatedAt");
        return copy.ToJsonString();
    }
}
