using System.Collections.Concurrent;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>What a fuzz run sent and got back: answers by operation and status, and how many stored records' text was compared.</summary>
public sealed class FuzzTally
{
    private readonly ConcurrentDictionary<(string Operation, int Status), int> _answers = new();
    private int _textComparisons;

    public int TextComparisons => _textComparisons;

    public int Answers(Func<int, bool> status) => _answers.Where(answer => status(answer.Key.Status)).Sum(answer => answer.Value);

    public void Answered(ApiOperation operation, int status) => _answers.AddOrUpdate((operation.Name, status), 1, (_, count) => count + 1);

    public void ComparedText() => Interlocked.Increment(ref _textComparisons);

    /// <summary>One line per operation: its answers by status.</summary>
    public IEnumerable<string> Lines() => _answers
        .GroupBy(answer => answer.Key.Operation)
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .Select(group => $"{group.Key}: {string.Join(", ", group.OrderBy(answer => answer.Key.Status).Select(answer => $"{answer.Key.Status}×{answer.Value}"))}");
}
