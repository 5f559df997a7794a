using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Statements;

namespace OpsTracker.Api.Features.Intake;

/// <summary>
/// Every field a draft can fill, of any kind. <see cref="ToRequestBody"/> writes the ones its kind takes as that
/// kind's POST body, so accepting a draft is posting that body with the source's id in sourceIds.
/// </summary>
public sealed class DraftRecord
{
    public CountRequest? Count { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public DateOnly? AsOf { get; init; }
    public DatePrecision? DatePrecision { get; init; }
    public string? Country { get; init; }
    public IReadOnlyList<string>? Countries { get; init; }
    public string? Region { get; init; }
    public string? Locality { get; init; }
    public long? CampId { get; init; }
    public IReadOnlyList<long>? CampIds { get; init; }
    public string? Title { get; init; }
    public OperationType? Type { get; init; }
    public IReadOnlyList<long>? ForceIds { get; init; }
    public CasualtyAffiliation? Affiliation { get; init; }
    public CasualtyOutcome? Outcome { get; init; }
    public long? ArrestingForceId { get; init; }
    /// <summary>The person the text names, when the database knows them (by name, alias or a case form of the kunya).</summary>
    public List<long>? PersonIds { get; init; }

    public string? PersonName { get; init; }
    public string? PersonAlias { get; init; }
    public string? PersonNationality { get; init; }
    public string? PersonRole { get; init; }
    public string? Facility { get; init; }
    public long? CustodianForceId { get; init; }
    public long? ForceId { get; init; }

    /// <summary>Transfers: repatriation, detaineeTransfer, release or escape.</summary>
    public string? TransferKind { get; init; }

    /// <summary>Transfers: individuals or families.</summary>
    public string? Unit { get; init; }

    public IReadOnlyList<long>? FromCampIds { get; init; }
    public long? FromForceId { get; init; }
    public string? ToCountry { get; init; }
    public string? Notes { get; init; }

    /// <summary>Events: what kind of development (an attack is no event: it is an operation, of <see cref="Type"/>).</summary>
    public EventType? EventType { get; init; }

    /// <summary>Statements: the person who spoke, when the database knows them.</summary>
    public long? PersonId { get; init; }

    /// <summary>Statements: the day the words were said, when the text dates them.</summary>
    public DateOnly? MadeOn { get; init; }

    public StatementMedium? Medium { get; init; }

    /// <summary>Statements: the words, byte for byte as the text gives them.</summary>
    public string? Quote { get; init; }

    /// <summary>Statements: the records the words are about (the forces, camps and persons they name).</summary>
    public IReadOnlyList<DraftAbout>? About { get; init; }

    /// <summary>The POST body of <paramref name="kind"/>: the fields that kind takes, camelCase, enums as their names.</summary>
    public JsonObject ToRequestBody(string kind, IReadOnlyList<long>? sourceIds = null)
    {
        var body = new JsonObject();
        if (sourceIds is { Count: > 0 })
        {
            body["sourceIds"] = new JsonArray(sourceIds.Select(id => (JsonNode?)id).ToArray());
        }

        // A statement has no figure; an event's is optional (left out, the event has none).
        Set(body, "count", Count is null || kind == DraftKinds.Statements ? null : CountJson(Count));
        switch (kind)
        {
            case DraftKinds.Operations:
                Set(body, "title", Title);
                Set(body, "type", Name(Type));
                Set(body, "forceIds", Ids(ForceIds));
                Period(body);
                Place(body);
                break;
            case DraftKinds.Casualties:
                Set(body, "affiliation", Name(Affiliation));
                Set(body, "outcome", Name(Outcome));
                Set(body, "personIds", Ids(PersonIds));
                Period(body);
                Place(body);
                break;
            case DraftKinds.Arrests:
                Set(body, "arrestingForceId", ArrestingForceId);
                Set(body, "personIds", Ids(PersonIds));
                Set(body, "personName", PersonName);
                Set(body, "personAlias", PersonAlias);
                Set(body, "personNationality", PersonNationality);
                Set(body, "personRole", PersonRole);
                Period(body);
                Place(body);
                break;
            case DraftKinds.DetaineeFigures:
                Dated(body);
                Set(body, "facility", Facility);
                Set(body, "custodianForceId", CustodianForceId);
                Place(body);
                break;
            case DraftKinds.CampPopulations:
                Set(body, "campIds", Ids(CampIds));
                Dated(body);
                break;
            case DraftKinds.StrengthEstimates:
                Set(body, "forceId", ForceId);
                Set(body, "countries", Countries is { Count: > 0 } ? new JsonArray(Countries.Select(code => (JsonNode?)code).ToArray()) : null);
                Set(body, "region", Region);
                Dated(body);
                break;
            case DraftKinds.Transfers:
                Set(body, "kind", TransferKind);
                Set(body, "unit", Unit);
                Period(body);
                Set(body, "fromCampIds", Ids(FromCampIds));
                Set(body, "fromFacility", Facility);
                Set(body, "fromForceId", FromForceId);
                Set(body, "toCountry", ToCountry);
                break;
            case DraftKinds.Events:
                Set(body, "title", Title);
                Set(body, "type", Name(EventType));
                Set(body, "forceIds", Ids(ForceIds));
                Period(body);
                Place(body);
                break;
            case DraftKinds.Statements:
                Set(body, "personId", PersonId);
                Set(body, "forceId", ForceId);
                Set(body, "madeOn", Date(MadeOn));
                Set(body, "datePrecision", MadeOn is null ? null : Name(DatePrecision));
                Set(body, "medium", Name(Medium));
                Set(body, "quote", Quote);
                Set(body, "about", About is { Count: > 0 }
                    ? new JsonArray(About.Select(link => (JsonNode?)new JsonObject { ["kind"] = link.Kind, ["id"] = link.Id }).ToArray())
                    : null);
                break;
            default:
                throw new ArgumentException($"'{kind}' is not a record kind a draft can be.", nameof(kind));
        }

        Set(body, "notes", Notes);
        return body;
    }

    private void Period(JsonObject body)
    {
        Set(body, "startDate", Date(StartDate));
        Set(body, "endDate", Date(EndDate));
        Set(body, "datePrecision", Name(DatePrecision));
    }

    private void Dated(JsonObject body)
    {
        Set(body, "asOf", Date(AsOf));
        Set(body, "datePrecision", Name(DatePrecision));
    }

    private void Place(JsonObject body)
    {
        Set(body, "country", Country);
        Set(body, "region", Region);
        Set(body, "locality", Locality);
        Set(body, "campId", CampId);
    }

    private static JsonObject CountJson(CountRequest count)
    {
        var json = new JsonObject { ["best"] = count.Best };
        Set(json, "low", count.Low);
        Set(json, "high", count.High);
        Set(json, "qualifier", Name(count.Qualifier));
        return json;
    }

    private static void Set(JsonObject body, string name, JsonNode? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }

    private static void Set(JsonObject body, string name, string? value) => Set(body, name, value is null ? null : JsonValue.Create(value));

    private static void Set(JsonObject body, string name, long? value) => Set(body, name, value is null ? null : JsonValue.Create(value.Value));

    private static void Set(JsonObject body, string name, int? value) => Set(body, name, value is null ? null : JsonValue.Create(value.Value));

    private static JsonArray? Ids(IReadOnlyList<long>? ids) => ids is { Count: > 0 } ? new JsonArray(ids.Select(id => (JsonNode?)id).ToArray()) : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is null ? null : JsonNamingPolicy.CamelCase.ConvertName(value.Value.ToString());
}
