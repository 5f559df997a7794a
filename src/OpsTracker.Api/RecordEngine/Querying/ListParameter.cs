using OpsTracker.Api.Infrastructure.Json;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>
/// A query parameter a list endpoint accepts, with the words Swagger UI shows for it. <see cref="Example"/> is shown
/// in the description, never filled in, so a first "Try it out" sends only what is required; a required parameter's
/// example is filled in, so that first call still runs.
/// </summary>
public sealed record ListParameter(string Name, string Description, string Example = "", bool Required = false)
{
    public ListParameterKind Kind { get; init; }

    /// <summary>Several values may be given, comma-separated or as repeated parameters.</summary>
    public bool Many { get; init; }

    /// <summary>The values a <see cref="ListParameterKind.Choice"/> accepts.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The value that applies when the parameter is left out, if it is one a client could send.</summary>
    public string? Default { get; init; }

    public int? Minimum { get; init; }
    public int? Maximum { get; init; }

    /// <summary>Record ids, comma-separated.</summary>
    public static ListParameter Ids(string name, string description, string example = "") =>
        new(name, description, example) { Kind = ListParameterKind.Id, Many = true };

    public static ListParameter Date(string name, string description, string example) =>
        new(name, description, example) { Kind = ListParameterKind.Date };

    public static ListParameter Timestamp(string name, string description, string example) =>
        new(name, description, example) { Kind = ListParameterKind.Timestamp };

    /// <summary>One of an enum's values as the API spells them (several when <paramref name="many"/>).</summary>
    public static ListParameter OneOf<TEnum>(string name, string description, string example = "", bool many = false, bool required = false,
        string? byDefault = null)
        where TEnum : struct, Enum =>
        new(name, description, example, required)
        {
            Kind = ListParameterKind.Choice,
            Many = many,
            Choices = ReadableEnumConverter.AllowedNames(typeof(TEnum)),
            Default = byDefault,
        };
}
