using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// Valid request bodies, one builder per resource, taken from the kind of report the API is for. Names and
/// externalIds that must be unique get a counter, so a test can create as many as it needs.
/// </summary>
public static class Payloads
{
    private static int _counter;

    /// <summary>A value no other call returns: "force 17".</summary>
    public static string Unique(string prefix) => $"{prefix} {Interlocked.Increment(ref _counter)}";

    public static JsonArray Ids(params long[] ids) => new(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());

    public static JsonArray Strings(params string[] values) => new(values.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());

    public static JsonObject Count(int best, string? qualifier = null, int? low = null, int? high = null)
    {
        var count = new JsonObject { ["best"] = best };
        if (low is not null)
        {
            count["low"] = low;
        }

        if (high is not null)
        {
            count["high"] = high;
        }

        if (qualifier is not null)
        {
            count["qualifier"] = qualifier;
        }

        return count;
    }

    public static JsonObject Source() => new()
    {
        ["externalId"] = Unique("test:source"),
        ["title"] = "CENTCOM statement on operations against ISIS in Syria, 13 November 2025",
        ["publisher"] = "US Central Command (CENTCOM)",
        ["language"] = "en",
        ["publishedOn"] = "2025-11-13",
        ["kind"] = "officialStatement",
        ["reliability"] = "B",
        ["notes"] = "Relayed by Sputnik Arabic and Shafaq News.",
    };

    public static JsonObject Force(long? parentId = null) => new()
    {
        ["externalId"] = Unique("test:force"),
        ["name"] = Unique("Syrian Democratic Forces"),
        ["acronym"] = "SDF",
        ["aliases"] = Strings("قوات سوريا الديمقراطية", "قسد"),
        ["kind"] = "partnerForce",
        ["parentId"] = parentId,
        ["notes"] = "Coalition partner force in north-east Syria.",
    };

    /// <summary>The man the seeds report arrested in al-Hol, with his kunya and the role the report gives him.</summary>
    public static JsonObject Person(long sourceId, long? forceId = null) => new()
    {
        ["externalId"] = Unique("test:person"),
        ["name"] = "بهاء مسيري",
        ["aliases"] = Strings("Bahaa Musiri", "أبو عبد الرحمن"),
        ["nationality"] = "IQ",
        ["sourceIds"] = Ids(sourceId),
        ["roles"] = new JsonArray(new JsonObject
        {
            ["title"] = "قيادي في تنظيم داعش",
            ["forceId"] = forceId,
            ["from"] = null,
            ["to"] = "2025-11-08",
            ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = "القيادي في التنظيم بهاء مسيري", ["locator"] = null, ["credibility"] = 6 }),
        }),
        ["notes"] = "Reported arrested in al-Hol camp.",
    };

    public static JsonObject Camp() => new()
    {
        ["externalId"] = Unique("test:camp"),
        ["name"] = Unique("al-Hol"),
        ["aliases"] = Strings("الهول", "al-Hawl"),
        ["country"] = "SY",
        ["region"] = "Al-Hasakah",
        ["latitude"] = 36.3733,
        ["longitude"] = 41.1442,
        ["notes"] = "Displacement camp.",
    };

    public static JsonObject Operation(long sourceId, params long[] forceIds) => new()
    {
        ["externalId"] = Unique("test:operation"),
        ["title"] = "Operations against ISIS in Syria with Syrian partners",
        ["type"] = "summary",
        ["forceIds"] = Ids(forceIds),
        ["sourceIds"] = Ids(sourceId),
        ["count"] = Count(22, "moreThan"),
        ["startDate"] = "2025-10-01",
        ["endDate"] = "2025-11-06",
        ["datePrecision"] = "day",
        ["country"] = "SY",
        ["region"] = "Deir ez-Zor",
        ["notes"] = "\"More than 22 operations\" (CENTCOM).",
    };

    public static JsonObject Casualty(long sourceId, long? operationId = null) => new()
    {
        ["externalId"] = Unique("test:casualty"),
        ["operationId"] = operationId,
        ["affiliation"] = "isis",
        ["outcome"] = "killed",
        ["sourceIds"] = Ids(sourceId),
        ["count"] = Count(5),
        ["startDate"] = "2025-10-01",
        ["endDate"] = "2025-11-06",
        ["country"] = "SY",
        ["notes"] = "ISIS members killed in the same operations.",
    };

    public static JsonObject Arrest(long sourceId, long? arrestingForceId = null, long? operationId = null) => new()
    {
        ["externalId"] = Unique("test:arrest"),
        ["operationId"] = operationId,
        ["arrestingForceId"] = arrestingForceId,
        ["sourceIds"] = Ids(sourceId),
        ["count"] = Count(19),
        ["startDate"] = "2025-10-01",
        ["endDate"] = "2025-11-06",
        ["country"] = "SY",
        ["notes"] = "ISIS members arrested in the same operations.",
    };

    public static JsonObject DetaineeFigure(long sourceId, long? custodianForceId = null) => new()
    {
        ["externalId"] = Unique("test:detainees"),
        ["asOf"] = "2025-07-01",
        ["datePrecision"] = "month",
        ["facility"] = "prisons and camps in north-east Syria",
        ["custodianForceId"] = custodianForceId,
        ["sourceIds"] = Ids(sourceId),
        ["count"] = Count(9000, "approximately"),
        ["country"] = "SY",
        ["notes"] = "About 9,000 ISIS fighters held, as of mid-2025.",
    };

    public static JsonObject CampPopulation(long sourceId, params long[] campIds) => new()
    {
        ["externalId"] = Unique("test:camp-population"),
        ["campIds"] = Ids(campIds),
        ["asOf"] = "2025-11-13",
        ["sourceIds"] = Ids(sourceId),
        ["count"] = Count(30000, "approximately"),
        ["notes"] = "About 30,000 people in al-Hol and Roj.",
    };

    /// <summary>
    /// The plain body of the report resource named <paramref name="name"/> (its <see cref="Samples.ResourceSamples.ReportPayloadAsync"/>),
    /// citing <paramref name="sourceId"/>; a camp population figure covers <paramref name="campId"/>.
    /// </summary>
    public static async Task<JsonObject> ReportRecordAsync(this HttpClient client, string name, long sourceId, long? campId = null) =>
        await ResourceCatalogue.Get(name).ReportPayloadAsync(client, sourceId, campId)
            ?? throw new ArgumentOutOfRangeException(nameof(name), name, "Not a report resource.");

    /// <summary>A copy of <paramref name="payload"/> with <paramref name="changes"/> applied (a null value removes the field).</summary>
    public static JsonObject With(this JsonObject payload, params (string Field, JsonNode? Value)[] changes)
    {
        var copy = (JsonObject)payload.DeepClone();
        foreach (var (field, value) in changes)
        {
            copy[field] = value;
        }

        return copy;
    }

    /// <summary>A copy of <paramref name="payload"/> without <paramref name="fields"/>.</summary>
    public static JsonObject Without(this JsonObject payload, params string[] fields)
    {
        var copy = (JsonObject)payload.DeepClone();
        foreach (var field in fields)
        {
            copy.Remove(field);
        }

        return copy;
    }
}
