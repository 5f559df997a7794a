using System.Net;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Answers;

/// <summary>
/// Two API instances on one database: a write through one changes the ETag of the other's answers, and the other's
/// response cache never serves the answer from before it, since the data version is the database's.
/// </summary>
public sealed class AnswersAcrossInstancesTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly ApiFactory _reader;
    private readonly ApiFactory _writer;
    private readonly HttpClient _readerClient;
    private readonly HttpClient _writerClient;

    public AnswersAcrossInstancesTests()
    {
        _reader = new ApiFactory(_database);
        _writer = new ApiFactory(_database);
        _readerClient = _reader.CreateClient();
        _writerClient = _writer.CreateClient();
    }

    [Theory]
    [InlineData(Paths.Sources)]
    [InlineData(Paths.StatsSummary)]
    [InlineData(Paths.Sources + "?format=csv")]
    public async Task A_write_by_the_other_instance_changes_the_etag_and_is_in_the_next_answer(string pathAndQuery)
    {
        await _writerClient.CreateSourceAsync();
        using var first = await _readerClient.GetAsync(pathAndQuery);
        using var cached = await _readerClient.GetAsync(pathAndQuery);
        Assert.Equal("OpsTracker; hit", string.Join(", ", cached.Headers.GetValues("Cache-Status")));
        var etag = first.Headers.ETag!;

        var id = await _writerClient.CreateSourceAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.IfNoneMatch.Add(etag);
        using var changed = await _readerClient.SendAsync(request);

        await changed.AssertStatusAsync(HttpStatusCode.OK);
        Assert.NotEqual(etag, changed.Headers.ETag);
        if (pathAndQuery != Paths.StatsSummary)
        {
            Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _readerClient.Dispose();
        _writerClient.Dispose();
        _reader.Dispose();
        _writer.Dispose();
        _database.Dispose();
    }
}
