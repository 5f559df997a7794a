namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>One CSV column: its header and how to read its text from a response object.</summary>
public sealed record CsvColumn(string Header, Func<object, string?> Read);
