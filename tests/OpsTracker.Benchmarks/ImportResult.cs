namespace OpsTracker.Benchmarks;

/// <summary>One import of the import benchmark: how (endpoint or command line, dry run or not), its time, the importing process's peak own memory, its report.</summary>
public sealed record ImportResult(string Way, double Seconds, long PeakBytes, string Report);
