namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>What a list's query parameter holds, so the OpenAPI document can type it (and Swagger UI offer the right input).</summary>
public enum ListParameterKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A whole number (page, pageSize).</summary>
    WholeNumber,

    /// <summary>A record id: a positive whole number.</summary>
    Id,

    /// <summary>A date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>An ISO 8601 timestamp.</summary>
    Timestamp,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>One of <see cref="ListParameter.Choices"/>.</summary>
    Choice,

    /// <summary>An ISO 3166-1 alpha-2 country code in upper case.</summary>
    CountryCode,
}
