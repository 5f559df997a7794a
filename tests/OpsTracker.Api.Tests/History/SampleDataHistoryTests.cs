using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>The sample records loaded into a new database start their history like any created record.</summary>
public sealed class SampleDataHistoryTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task Every_sample_record_has_a_create_entry_by_sample_data()
    {
        var entries = await Client.AuditAsync();
        var casualty = await Client.GetObjectAsync(Paths.Of(Paths.Casualties, 1));

        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            Assert.Equal("create", entry.Action());
            Assert.Equal("sample-data", entry["keyName"]!.GetValue<string>());
        });
        var history = await Client.HistoryAsync(Paths.Of(Paths.Casualties, 1));
        Assert.Equal(casualty.Text(), Assert.Single(history)["after"].Text());
    }
}
