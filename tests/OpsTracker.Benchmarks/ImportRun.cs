namespace OpsTracker.Benchmarks;

/// <summary>The import benchmark's file (its rows and path), the sources file it refers to, and each way's result.</summary>
public sealed record ImportRun(int Rows, string CsvPath, string SourcesPath, IReadOnlyList<ImportResult> Results);
