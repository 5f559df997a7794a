using System.Collections.Concurrent;

namespace OpsTracker.Benchmarks.Soak;

/// <summary>
/// What the soak's clients sent and got, by request kind: every latency, the answers by status, the documented 503s
/// (with <c>Retry-After</c>) apart, and each error (any other answer of 400 or more, or no answer) with its first
/// examples.
/// </summary>
public sealed class SoakTally
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Kind, int Status), int> _statuses = new();
    private readonly ConcurrentQueue<string> _errorExamples = new();
    private int _errors;
    private int _retryLater;

    public int Errors => _errors;

    public int RetryLater => _retryLater;

    public IReadOnlyList<string> ErrorExamples => [.. _errorExamples];

    public IEnumerable<string> Kinds => _latencies.Keys.Order(StringComparer.Ordinal);

    public void Answered(string kind, int status, double milliseconds, bool hasRetryAfter, string? detail)
    {
        _latencies.GetOrAdd(kind, _ => []).Add(milliseconds);
        _statuses.AddOrUpdate((kind, status), 1, (_, count) => count + 1);
        if (status == 503 && hasRetryAfter)
        {
            Interlocked.Increment(ref _retryLater);
        }
        else if (status >= 400)
        {
            Failed(kind, $"{status}: {detail}");
        }
    }

    public void Failed(string kind, string what)
    {
        Interlocked.Increment(ref _errors);
        if (_errorExamples.Count < 10)
        {
            _errorExamples.Enqueue($"{kind}: {what}");
        }
    }

    public int Count(string kind) => _latencies.TryGetValue(kind, out var times) ? times.Count : 0;

    public int Total => _latencies.Values.Sum(times => times.Count);

    /// <summary>The answers of one kind by status: "200×5120, 503×2".</summary>
    public string Statuses(string kind) => string.Join(", ", _statuses.Where(entry => entry.Key.Kind == kind)
        .OrderBy(entry => entry.Key.Status).Select(entry => $"{entry.Key.Status}×{entry.Value}"));

    /// <summary>The <paramref name="percentile"/> (0 to 100) of one kind's latencies, in milliseconds.</summary>
    public double Percentile(string kind, double percentile)
    {
        var sorted = _latencies[kind].Order().ToArray();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
