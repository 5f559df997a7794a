using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>country, region, locality, latitude and longitude on operations, casualties, arrests and detainee figures.</summary>
public sealed class PlaceFieldTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.PlaceNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Country_is_required_and_must_be_an_assigned_upper_case_alpha2_code(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        var missing = await AssertRefusedAsync(resource, payload.Without("country"), "country");
        await AssertRefusedAsync(resource, payload.With(("country", null)), "country");
        await AssertRefusedAsync(resource, payload.With(("country", "")), "country");
        var lowerCase = await AssertRefusedAsync(resource, payload.With(("country", "sy")), "country");
        await AssertRefusedAsync(resource, payload.With(("country", "SYR")), "country");
        await AssertRefusedAsync(resource, payload.With(("country", "XX")), "country");
        await AssertRefusedAsync(resource, payload.With(("country", "S")), "country");

        Assert.Equal(["country is required (ISO 3166-1 alpha-2, e.g. SY)."], missing.MessagesFor("country"));
        Assert.Equal(["'sy' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ)."], lowerCase.MessagesFor("country"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));

        var iraq = await Client.CreateAsync(resource.Collection, payload.With(("country", "IQ")));
        Assert.Equal("IQ", iraq["country"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PlaceNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Coordinates_out_of_range_or_given_alone_answer_400_on_the_coordinate(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("latitude", "longitude");
        (JsonNode? Latitude, JsonNode? Longitude, string[] Fields)[] cases =
        [
            (90.0001, 0, ["latitude"]),
            (-90.5, 0, ["latitude"]),
            (0, 180.0001, ["longitude"]),
            (0, -181, ["longitude"]),
            (36.37, null, ["longitude"]),
            (null, 41.14, ["latitude"]),
            (91, null, ["latitude", "longitude"]),
        ];

        foreach (var (latitude, longitude, fields) in cases)
        {
            var body = payload.DeepClone().AsObject();
            if (latitude is not null)
            {
                body["latitude"] = latitude;
            }

            if (longitude is not null)
            {
                body["longitude"] = longitude;
            }

            await AssertRefusedAsync(resource, body, fields);
        }

        var alone = await AssertRefusedAsync(resource, payload.With(("latitude", 36.37)), "longitude");
        var outOfRange = await AssertRefusedAsync(resource, payload.With(("latitude", 95), ("longitude", 41.14)), "latitude");
        await AssertRefusedAsync(resource, payload.With(("latitude", "36.37"), ("longitude", 41.14)), "latitude");
        Assert.Equal(["Give longitude with latitude."], alone.MessagesFor("longitude"));
        Assert.Equal(["latitude must be between -90 and 90."], outOfRange.MessagesFor("latitude"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PlaceNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Place_fields_at_their_limits_are_stored_and_past_them_are_refused(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId");
        var longest = new string('ر', 200);

        var south = await Client.CreateAsync(resource.Collection, payload.With(("latitude", -90), ("longitude", -180)));
        var north = await Client.CreateAsync(resource.Collection, payload.With(("latitude", 90), ("longitude", 180), ("region", longest), ("locality", longest)));
        var nowhere = await Client.CreateAsync(resource.Collection, payload.With(("latitude", null), ("longitude", null), ("region", null), ("locality", null)));
        await AssertRefusedAsync(resource, payload.With(("region", longest + "ر")), "region");
        await AssertRefusedAsync(resource, payload.With(("locality", longest + "ر")), "locality");

        Assert.Equal("-90", south["latitude"].Text());
        Assert.Equal("-180", south["longitude"].Text());
        Assert.Equal("90", north["latitude"].Text());
        Assert.Equal("180", north["longitude"].Text());
        Assert.Equal(longest, north["region"]!.GetValue<string>());
        Assert.Equal(longest, north["locality"]!.GetValue<string>());
        Assert.Null(nowhere["latitude"]);
        Assert.Null(nowhere["longitude"]);
        Assert.Null(nowhere["region"]);
        Assert.Null(nowhere["locality"]);
        Assert.Equal(3, await StoredRecords.CountAsync(Factory, name));
    }

    private async Task<ApiProblem> AssertRefusedAsync(ResourceCase resource, JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(resource.Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
