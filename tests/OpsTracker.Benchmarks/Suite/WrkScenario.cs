namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// One load scenario for wrk: the request paths it cycles through (chosen at random up front, so the same run of the
/// suite sends the same requests to ours and to a ceiling), and for writes a method, headers and body.
/// </summary>
public sealed record WrkScenario(string Name, IReadOnlyList<string> Paths, string Method = "GET", IReadOnlyDictionary<string, string>? Headers = null, string? Body = null);
