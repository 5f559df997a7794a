namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// The file cannot be read on from here (bad CSV quoting, a line that is not JSON, an unknown or missing column):
/// the import stops and answers 400 naming the place (<c>line 3</c>) in <see cref="Key"/>.
/// </summary>
public sealed class ImportFileException(string key, string message) : Exception(message)
{
    /// <summary>The error key: "line 3", or "line 1: count.bset" for a column.</summary>
    public string Key { get; } = key;
}
