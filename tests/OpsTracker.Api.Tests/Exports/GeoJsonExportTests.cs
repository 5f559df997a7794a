using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// format=geojson (or Accept: application/geo+json) on operations, casualties, arrests and events: an RFC 7946
/// FeatureCollection of the matching records that have coordinates, each a Point at [longitude, latitude] with the
/// record's JSON as its properties. Other resources have no such form.
/// </summary>
public sealed class GeoJsonExportTests(GeoJsonExportData data) : IClassFixture<GeoJsonExportData>
{
    public static TheoryData<string> GeoResources => new(GeoJsonExportData.GeoResources);

    private HttpClient Client => data.Client;

    [Theory]
    [MemberData(nameof(GeoResources))]
    public async Task A_feature_collection_holds_the_records_with_coordinates_as_points_with_their_json_as_properties(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;
        var records = data.Records[name];

        var geoJson = await GetGeoJsonAsync($"{collection}?format=geojson");

        Assert.Equal("FeatureCollection", geoJson["type"]!.GetValue<string>());
        var features = geoJson["features"]!.AsArray().Select(feature => feature!.AsObject()).ToList();
        Assert.Equal([records["syriaPoint"], records["iraqPoint"]], features.Select(feature => feature["id"]!.GetValue<long>()));
        Assert.Equal("""{"type":"Point","coordinates":[41.1442,36.3733]}""", features[0]["geometry"]!.ToJsonString());
        Assert.Equal("""{"type":"Point","coordinates":[-0.5,34.37]}""", features[1]["geometry"]!.ToJsonString());
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature["type"]!.GetValue<string>());
            var record = await Client.ReadAsync(collection, feature["id"]!.GetValue<long>());
            Assert.True(JsonNode.DeepEquals(record, feature["properties"]), $"properties {feature["properties"]!.ToJsonString()} differ from {record.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Accept_application_geo_json_answers_the_same_collection()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Paths.Arrests);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));
        using var response = await Client.SendAsync(request);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(await GetGeoJsonAsync($"{Paths.Arrests}?format=geojson"), await response.ReadObjectAsync()));
    }

    [Fact]
    public async Task Filters_apply_and_paging_does_not()
    {
        var inIraq = await GetGeoJsonAsync($"{Paths.Operations}?format=geojson&country=IQ");
        var onePage = await GetGeoJsonAsync($"{Paths.Casualties}?format=geojson&pageSize=1&sort=-id");
        var none = await GetGeoJsonAsync($"{Paths.Arrests}?format=geojson&country=TR");

        Assert.Equal([data.Records["operations"]["iraqPoint"]], FeatureIds(inIraq));
        Assert.Equal([data.Records["casualties"]["iraqPoint"], data.Records["casualties"]["syriaPoint"]], FeatureIds(onePage));
        Assert.Equal("""{"type":"FeatureCollection","features":[]}""", none.ToJsonString());
    }

    [Theory]
    [InlineData(Paths.Sources)]
    [InlineData(Paths.Forces)]
    [InlineData(Paths.Camps)]
    [InlineData(Paths.DetaineeFigures)]
    [InlineData(Paths.CampPopulations)]
    public async Task Geojson_on_a_resource_without_it_answers_400_naming_format(string collection)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?format=geojson", "format");

        Assert.Equal(["geojson is offered for operations, casualties and arrests."], problem.MessagesFor("format"));
    }

    private async Task<JsonObject> GetGeoJsonAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadObjectAsync();
    }

    private static List<long> FeatureIds(JsonObject collection) =>
        collection["features"]!.AsArray().Select(feature => feature!["id"]!.GetValue<long>()).ToList();
}
