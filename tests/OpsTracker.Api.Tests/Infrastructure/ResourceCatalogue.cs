using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// Every resource of the API as a <see cref="ResourceCase"/>, and the theory data that runs a test once per
/// resource (or per resource that has a given field group). A new resource gets its case here.
/// </summary>
public static class ResourceCatalogue
{
    public static readonly IReadOnlyList<ResourceCase> All =
    [
        new()
        {
            Name = "sources",
            SingularName = "source",
            NewPayloadAsync = _ => Task.FromResult(Payloads.Source()),
            ChangedPayloadAsync = (_, _) => Task.FromResult(new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:source:changed"),
                ["title"] = "تقرير شفق نيوز من دمشق",
                ["publisher"] = "Shafaq News",
                ["url"] = "https://shafaq.com/",
                ["language"] = "ar",
                ["publishedOn"] = "2025-11-14",
                ["kind"] = "newsReport",
                ["reliability"] = "C",
                ["notes"] = "Changed notes.",
            }),
        },
        new()
        {
            Name = "forces",
            SingularName = "force",
            NewPayloadAsync = _ => Task.FromResult(Payloads.Force()),
            ChangedPayloadAsync = async (client, _) => new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:force:changed"),
                ["name"] = Payloads.Unique("Combined Joint Task Force – Operation Inherent Resolve"),
                ["acronym"] = "CJTF-OIR",
                ["aliases"] = Payloads.Strings("قوة المهام المشتركة – عملية العزم الصلب"),
                ["kind"] = "coalition",
                ["parentId"] = await client.CreateForceAsync(),
                ["notes"] = "Changed notes.",
            },
        },
        new()
        {
            Name = "camps",
            SingularName = "camp",
            NewPayloadAsync = _ => Task.FromResult(Payloads.Camp()),
            ChangedPayloadAsync = (_, _) => Task.FromResult(new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:camp:changed"),
                ["name"] = Payloads.Unique("Roj"),
                ["aliases"] = Payloads.Strings("روج"),
                ["country"] = "IQ",
                ["region"] = "Nineveh",
                ["latitude"] = -12.5,
                ["longitude"] = -170.25,
                ["notes"] = "Changed notes.",
            }),
        },
        new()
        {
            Name = "operations",
            SingularName = "operation",
            IsReport = true,
            DefaultsCount = true,
            HasPlace = true,
            HasPeriod = true,
            NewPayloadAsync = async client =>
                Payloads.Operation(await client.CreateSourceAsync(), await client.CreateForceAsync()),
            ChangedPayloadAsync = async (client, original) => new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:operation:changed"),
                ["title"] = "Airstrike near al-Bukamal",
                ["type"] = "airstrike",
                ["forceIds"] = Payloads.Ids(await client.CreateForceAsync(), await client.CreateForceAsync()),
                ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
                ["count"] = Payloads.Count(2750, "range", 2500, 3000),
                ["startDate"] = "2025-09-01",
                ["endDate"] = "2025-09-30",
                ["datePrecision"] = "month",
                ["country"] = "IQ",
                ["region"] = "Anbar",
                ["locality"] = "al-Qa'im",
                ["latitude"] = 34.37,
                ["longitude"] = 41.09,
                ["notes"] = "Changed notes.",
            },
        },
        new()
        {
            Name = "casualties",
            SingularName = "casualty record",
            IsReport = true,
            HasPlace = true,
            HasPeriod = true,
            NewPayloadAsync = async client =>
            {
                var sourceId = await client.CreateSourceAsync();
                return Payloads.Casualty(sourceId, await client.CreateOperationAsync(sourceId));
            },
            ChangedPayloadAsync = async (client, original) => new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:casualty:changed"),
                ["operationId"] = null,
                ["affiliation"] = "civilian",
                ["outcome"] = "wounded",
                ["sourceIds"] = Payloads.Ids(await client.CreateSourceAsync()),
                ["count"] = Payloads.Count(40, "atMost", low: 10),
                ["startDate"] = "2025-10-02",
                ["endDate"] = null,
                ["datePrecision"] = "year",
                ["country"] = "IQ",
                ["region"] = "Nineveh",
                ["locality"] = "Mosul",
                ["latitude"] = 36.34,
                ["longitude"] = 43.13,
                ["notes"] = "Changed notes.",
            },
        },
        new()
        {
            Name = "arrests",
            SingularName = "arrest record",
            IsReport = true,
            DefaultsCount = true,
            HasPlace = true,
            HasPeriod = true,
            NewPayloadAsync = async client =>
                Payloads.Arrest(await client.CreateSourceAsync(), await client.CreateForceAsync()),
            ChangedPayloadAsync = async (client, original) => new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:arrest:changed"),
                ["operationId"] = await client.CreateOperationAsync(FirstId(original, "sourceIds")),
                ["arrestingForceId"] = await client.CreateForceAsync(),
                ["personName"] = "Bahaa Musiri",
                ["personAlias"] = "أبو عبد الرحمن",
                ["personNationality"] = "IQ",
                ["personRole"] = "ISIS leader",
                ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds")),
                ["count"] = Payloads.Count(1, "exact"),
                ["startDate"] = "2025-11-08",
                ["endDate"] = "2025-11-08",
                ["datePrecision"] = "day",
                ["country"] = "SY",
                ["region"] = "Al-Hasakah",
                ["locality"] = "al-Hol camp",
                ["latitude"] = 36.3733,
                ["longitude"] = 41.1442,
                ["notes"] = "Changed notes.",
            },
        },
        new()
        {
            Name = "detainee-figures",
            SingularName = "detainee figure",
            IsReport = true,
            HasPlace = true,
            HasDatedFigure = true,
            NewPayloadAsync = async client =>
                Payloads.DetaineeFigure(await client.CreateSourceAsync(), await client.CreateForceAsync()),
            ChangedPayloadAsync = async (client, original) => new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:detainees:changed"),
                ["asOf"] = "2019-01-01",
                ["datePrecision"] = "year",
                ["facility"] = "al-Sina'a prison",
                ["custodianForceId"] = await client.CreateForceAsync(),
                ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
                ["count"] = Payloads.Count(5000, "atLeast", low: 4000),
                ["country"] = "SY",
                ["region"] = "Al-Hasakah",
                ["locality"] = "Ghuwayran",
                ["latitude"] = 36.48,
                ["longitude"] = 40.75,
                ["notes"] = "Changed notes.",
            },
        },
        new()
        {
            Name = "camp-populations",
            SingularName = "camp population figure",
            IsReport = true,
            HasDatedFigure = true,
            NewPayloadAsync = async client =>
                Payloads.CampPopulation(await client.CreateSourceAsync(), await client.CreateCampAsync(), await client.CreateCampAsync()),
            ChangedPayloadAsync = async (client, original) => new JsonObject
            {
                ["externalId"] = Payloads.Unique("test:camp-population:changed"),
                ["campIds"] = Payloads.Ids(await client.CreateCampAsync()),
                ["asOf"] = "2019-01-01",
                ["datePrecision"] = "year",
                ["sourceIds"] = Payloads.Ids(await client.CreateSourceAsync()),
                ["count"] = Payloads.Count(70000),
                ["notes"] = "Changed notes.",
            },
        },
    ];

    public static TheoryData<string> Names => Data(_ => true);

    public static TheoryData<string> ReportNames => Data(resource => resource.IsReport);

    public static TheoryData<string> RequiredCountNames => Data(resource => resource.IsReport && !resource.DefaultsCount);

    public static TheoryData<string> DefaultedCountNames => Data(resource => resource.DefaultsCount);

    public static TheoryData<string> PlaceNames => Data(resource => resource.HasPlace);

    public static TheoryData<string> PeriodNames => Data(resource => resource.HasPeriod);

    public static TheoryData<string> DatedFigureNames => Data(resource => resource.HasDatedFigure);

    public static ResourceCase Get(string name) => All.Single(resource => resource.Name == name);

    private static long FirstId(JsonObject payload, string field) => payload[field]!.AsArray()[0]!.GetValue<long>();

    private static TheoryData<string> Data(Func<ResourceCase, bool> include)
    {
        var data = new TheoryData<string>();
        foreach (var resource in All.Where(include))
        {
            data.Add(resource.Name);
        }

        return data;
    }
}
