namespace OpsTracker.Benchmarks;

/// <summary>The import benchmark's file (its rows and path) and each way's result.</summary>
public sealed record ImportRun(int Rows, string CsvPath, IReadOnlyList<ImportResult> Results);
