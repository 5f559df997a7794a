namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Ids as runs of consecutive ids, in the order they were added: an import's new records take consecutive ids, so a
/// million of them are usually one run, and its audit entry names them in a few numbers.
/// </summary>
public sealed class IdRanges
{
    private readonly List<(long First, long Last)> _runs = [];

    public IReadOnlyList<(long First, long Last)> Runs => _runs;

    public void Add(long id)
    {
        if (_runs.Count > 0 && _runs[^1].Last + 1 == id)
        {
            _runs[^1] = (_runs[^1].First, id);
        }
        else
        {
            _runs.Add((id, id));
        }
    }

    /// <summary>The runs as JSON-friendly pairs: [[1, 1000], [1003, 1003]].</summary>
    public long[][] ToPairs() => [.. _runs.Select(run => new[] { run.First, run.Last })];
}
