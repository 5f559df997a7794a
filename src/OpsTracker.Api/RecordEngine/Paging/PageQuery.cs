using System.Globalization;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>The paging parameters every list endpoint takes.</summary>
public sealed record PageQuery(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static readonly IReadOnlyList<ListParameter> Parameters =
    [
        new("page", "1-based page number (default 1).", "1") { Kind = ListParameterKind.WholeNumber, Minimum = 1, Default = "1" },
        new("pageSize", $"Records per page, 1 to {MaxPageSize} (default {DefaultPageSize}).", "50")
        {
            Kind = ListParameterKind.WholeNumber, Minimum = 1, Maximum = MaxPageSize, Default = $"{DefaultPageSize}",
        },
    ];

    /// <summary>
    /// Records before this page. A long, because the largest page number times the page size does not fit in an
    /// int, and wrapping around would answer some other page.
    /// </summary>
    public long Offset => (Page - 1L) * PageSize;

    /// <summary>Reads page and pageSize; a value that is not a whole number in range is an error naming it.</summary>
    public static PageQuery Read(QueryValues values) =>
        new(ReadNumber(values, "page", 1, int.MaxValue, 1, "page starts at 1."),
            ReadNumber(values, "pageSize", 1, MaxPageSize, DefaultPageSize, $"pageSize must be between 1 and {MaxPageSize}."));

    /// <summary>A whole number query parameter in [min, max], or <paramref name="fallback"/> (with an error naming it when given but bad).</summary>
    public static int ReadNumber(QueryValues values, string name, int min, int max, int fallback, string rangeMessage)
    {
        var text = values.Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            values.Errors.Add(name, $"'{text}' is not a whole number.");
            return fallback;
        }

        if (number < min || number > max)
        {
            values.Errors.Add(name, rangeMessage);
            return fallback;
        }

        return number;
    }
}
