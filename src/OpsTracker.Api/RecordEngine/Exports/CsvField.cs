using System.Text.Json.Serialization.Metadata;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// One CSV column of a type: its header (<c>count.best</c>) and the JSON properties that lead to its value, outermost
/// first, so the export reads the value and the import writes it through the same contract.
/// </summary>
public sealed record CsvField(string Header, IReadOnlyList<JsonPropertyInfo> Path)
{
    /// <summary>The type of the value the column holds (a leaf: text, number, date, enum or list).</summary>
    public Type ValueType => Path[^1].PropertyType;
}
