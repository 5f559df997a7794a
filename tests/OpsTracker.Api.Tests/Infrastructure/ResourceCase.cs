using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// One resource as the data-driven tests see it: where it lives, how to build a valid body for it (creating
/// what it refers to through the API), how to build a replacement body that changes its fields, and which
/// shared field groups it has.
/// </summary>
public sealed class ResourceCase
{
    /// <summary>The route segment under /api/v1: "detainee-figures".</summary>
    public required string Name { get; init; }

    /// <summary>How the API names one record in messages: "casualty record".</summary>
    public required string SingularName { get; init; }

    /// <summary>How a refused delete counts several: "casualty records".</summary>
    public required string PluralName { get; init; }

    /// <summary>A valid body for a new record; creates the sources, forces, camps or operations it cites.</summary>
    public required Func<HttpClient, Task<JsonObject>> NewPayloadAsync { get; init; }

    /// <summary>
    /// A valid PUT body for a record created from the given body, in which every field that can change does
    /// (new references are created through the API).
    /// </summary>
    public required Func<HttpClient, JsonObject, Task<JsonObject>> ChangedPayloadAsync { get; init; }

    /// <summary>A plain body citing a source (in a camp, where needed) for a report resource; null for the others.</summary>
    public required Func<HttpClient, long, long?, Task<JsonObject?>> ReportPayloadAsync { get; init; }

    /// <summary>Has sourceIds and count.</summary>
    public bool IsReport { get; init; }

    /// <summary>Its records cite sources (every report kind, and persons, which carry no figure).</summary>
    public bool IsCiting { get; init; }

    /// <summary>count may be left out and then defaults to <see cref="DefaultCount"/>.</summary>
    public bool DefaultsCount { get; init; }

    /// <summary>What count left out defaults to, where <see cref="DefaultsCount"/>.</summary>
    public JsonObject? DefaultCount { get; init; }

    /// <summary>country (required), region, locality, latitude, longitude.</summary>
    public bool HasPlace { get; init; }

    /// <summary>startDate, endDate, datePrecision.</summary>
    public bool HasPeriod { get; init; }

    /// <summary>asOf, datePrecision.</summary>
    public bool HasDatedFigure { get; init; }

    public string Collection => $"{JsonHttp.BasePath}/{Name}";

    public string PathOf(long id) => Paths.Of(Collection, id);

    public override string ToString() => Name;
}
