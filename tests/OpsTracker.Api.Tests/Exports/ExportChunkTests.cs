using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// Exports read their records in one query and each record's lists (sourceIds, forceIds, campIds) a chunk of
/// records at a time. With two records to a chunk, every record still answers its own lists, in their order, the
/// export keeps the list's filters and sort, and deleted records stay out.
/// </summary>
public sealed class ExportChunkTests(ExportChunkData data) : IClassFixture<ExportChunkData>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private HttpClient Client => data.Client;

    [Theory]
    [InlineData(Paths.Casualties, "")]
    [InlineData(Paths.Casualties, "sort=-id")]
    [InlineData(Paths.Casualties, "country=SY&sort=-region,startDate")]
    [InlineData(Paths.Casualties, "sort=count.best")]
    [InlineData(Paths.Operations, "")]
    [InlineData(Paths.Operations, "sort=-startDate")]
    [InlineData(Paths.Arrests, "sort=-id")]
    [InlineData(Paths.DetaineeFigures, "")]
    [InlineData(Paths.CampPopulations, "sort=-id")]
    [InlineData(Paths.Sources, "sort=-id")]
    public async Task Every_row_of_the_csv_is_the_json_record_in_the_json_list_order(string collection, string query)
    {
        var records = await Client.ListAsync(collection, query);
        Assert.True(records.Count > 2, "More records than a chunk.");

        var csv = await GetCsvAsync(ListHttp.WithQuery(collection, query, "format=csv"));

        Assert.Equal(records.Select(record => record.Id().ToString(CultureInfo.InvariantCulture)), csv.Column("id"));
        foreach (var (record, row) in records.Select((record, row) => (record, row)))
        {
            foreach (var (column, value) in Flatten(record))
            {
                var where = $"{collection} record {record.Id()}, {column}";
                if (column.EndsWith("At", StringComparison.Ordinal))
                {
                    Assert.Equal(record.Timestamp(column), DateTime.Parse(csv.Cell(row, column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
                    continue;
                }

                Assert.True(Cell(value) == csv.Cell(row, column), $"{where}: JSON {Cell(value)}, CSV {csv.Cell(row, column)}");
            }
        }
    }

    [Fact]
    public async Task Lists_keep_their_own_order_whatever_order_they_were_given_in()
    {
        var csv = await GetCsvAsync($"{Paths.Casualties}?format=csv");

        foreach (var sourceIds in csv.Column("sourceIds"))
        {
            var ids = sourceIds.Split(';').Select(long.Parse).ToList();
            Assert.Equal(ids.Order(), ids);
        }

        Assert.Contains(csv.Column("sourceIds"), sourceIds => sourceIds.Split(';').Length == 4);
    }

    [Fact]
    public async Task A_deleted_record_is_left_out_between_chunks()
    {
        var csv = await GetCsvAsync($"{Paths.Casualties}?format=csv");
        var geoJson = await GetGeoJsonFeaturesAsync($"{Paths.Casualties}?format=geojson");

        Assert.DoesNotContain(data.DeletedCasualty.ToString(CultureInfo.InvariantCulture), csv.Column("id"));
        Assert.Equal(await Client.ListIdsAsync(Paths.Casualties), csv.Column("id").Select(long.Parse));
        Assert.DoesNotContain(data.DeletedCasualty, geoJson.Select(feature => feature["id"]!.GetValue<long>()));
    }

    [Theory]
    [InlineData(Paths.Casualties, "")]
    [InlineData(Paths.Casualties, "sort=-region,id")]
    [InlineData(Paths.Operations, "sort=-id")]
    public async Task Geojson_features_carry_each_records_json_with_its_own_lists(string collection, string query)
    {
        var records = (await Client.ListAsync(collection, query)).Where(record => record["latitude"] is not null).ToList();
        Assert.True(records.Count > 2, "More records with coordinates than a chunk.");

        var features = await GetGeoJsonFeaturesAsync(ListHttp.WithQuery(collection, query, "format=geojson"));

        Assert.Equal(records.Select(record => record.Id()), features.Select(feature => feature["id"]!.GetValue<long>()));
        foreach (var (record, feature) in records.Zip(features))
        {
            Assert.True(JsonNode.DeepEquals(record, feature["properties"]), $"properties {feature["properties"]!.ToJsonString()} differ from {record.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Arabic_text_is_written_exactly_in_utf_8()
    {
        using var response = await Client.GetAsync($"{Paths.Casualties}?format=csv&sort=-id");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = CsvTable.Parse(StrictUtf8.GetString(bytes));
        var record = await Client.GetObjectAsync(Paths.Of(Paths.Casualties, data.ArabicCasualty));

        var row = csv.Column("id").ToList().IndexOf(data.ArabicCasualty.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ExportChunkData.ArabicLocality, csv.Cell(row, "locality"));
        Assert.Equal("الحسكة", csv.Cell(row, "region"));
        Assert.Equal(record["notes"]!.GetValue<string>(), csv.Cell(row, "notes"));
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes($"\"{record["notes"]!.GetValue<string>().Replace("\"", "\"\"", StringComparison.Ordinal)}\"")) >= 0,
            "The quoted Arabic notes' UTF-8 bytes are not in the answer.");
    }

    private async Task<CsvTable> GetCsvAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return CsvTable.Parse(StrictUtf8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    private async Task<List<JsonObject>> GetGeoJsonFeaturesAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        var geoJson = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return geoJson["features"]!.AsArray().Select(feature => feature!.AsObject()).ToList();
    }

    /// <summary>The CSV cells a JSON record becomes: nested objects dotted.</summary>
    private static IEnumerable<(string Column, JsonNode? Value)> Flatten(JsonObject record, string prefix = "")
    {
        foreach (var (field, value) in record)
        {
            if (value is JsonObject nested)
            {
                foreach (var cell in Flatten(nested, $"{prefix}{field}."))
                {
                    yield return cell;
                }
            }
            else
            {
                yield return ($"{prefix}{field}", value);
            }
        }
    }

    /// <summary>A JSON value as its CSV cell: null empty, lists joined with ';' (';' and '\' escaped).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions CellJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        // A list of objects (citations) is its JSON array, its text unescaped.
        JsonArray items when items.Any(item => item is JsonObject) => items.ToJsonString(CellJson),
        JsonArray items => string.Join(';', items.Select(item => Cell(item).Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal))),
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_chunk_size_that_is_not_positive_stops_start_up(string chunkRecords)
    {
        using var factory = new ApiFactory().WithSetting("Exports:ChunkRecords", chunkRecords);

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Exports:ChunkRecords", failure.ToString(), StringComparison.Ordinal);
    }
}
