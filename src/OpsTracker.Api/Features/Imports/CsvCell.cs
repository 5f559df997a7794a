namespace OpsTracker.Api.Features.Imports;

/// <summary>A CSV cell read as its field's type: the value, or the error (and, in a list, the item's index).</summary>
public readonly record struct CsvCell(object? Value, string? Error = null, int? Index = null)
{
    public static CsvCell Invalid(string error, int? index = null) => new(null, error, index);
}
