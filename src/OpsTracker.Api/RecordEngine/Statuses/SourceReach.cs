using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>
/// Which sources each source stands for: itself and the sources it relays, transitively. Read from the database a
/// level of relays at a time, for the sources asked about only, and kept for later questions (an import asks batch
/// after batch about the same few sources).
/// </summary>
public sealed class SourceReach
{
    /// <summary>
    /// Up to this many sources a level are read one compiled query each: a write cites one to a few, and EF's
    /// translation of the list query (walking and hashing its expression for the cache) cost more than the reads.
    /// </summary>
    private const int CompiledReadsUpTo = 4;

    private static readonly Func<OpsTrackerDbContext, long, IAsyncEnumerable<long>> RelaysOf = EF.CompileAsyncQuery(
        (OpsTrackerDbContext db, long sourceId) => db.Set<Source>().IgnoreQueryFilters()
            .Where(s => s.Id == sourceId)
            .SelectMany(s => s.RelayLinks.Select(link => link.RelayedSourceId)));

    private readonly Dictionary<long, List<long>> _relays = [];
    private readonly Dictionary<long, IReadOnlySet<long>> _reach = [];

    /// <summary>The reach of every source in <paramref name="sourceIds"/>, read as needed.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlySet<long>>> OfAsync(OpsTrackerDbContext db, IEnumerable<long> sourceIds, CancellationToken cancellationToken)
    {
        var wanted = sourceIds.Distinct().ToList();
        var frontier = wanted.Where(id => !_relays.ContainsKey(id)).ToList();
        while (frontier.Count > 0)
        {
            var rows = await ReadRelaysAsync(db, frontier, cancellationToken);
            foreach (var id in frontier)
            {
                _relays[id] = [];
            }

            foreach (var row in rows)
            {
                _relays[row.SourceId].Add(row.RelayedSourceId);
            }

            frontier = rows.Select(row => row.RelayedSourceId).Distinct().Where(id => !_relays.ContainsKey(id)).ToList();
        }

        return wanted.ToDictionary(id => id, Reach);
    }

    private static async Task<List<SourceRelay>> ReadRelaysAsync(OpsTrackerDbContext db, List<long> sourceIds, CancellationToken cancellationToken)
    {
        if (sourceIds.Count > CompiledReadsUpTo)
        {
            return await db.Set<Source>().IgnoreQueryFilters()
                .Where(s => sourceIds.Contains(s.Id))
                .SelectMany(s => s.RelayLinks.Select(link => new SourceRelay { SourceId = link.SourceId, RelayedSourceId = link.RelayedSourceId }))
                .ToListAsync(cancellationToken);
        }

        var rows = new List<SourceRelay>();
        foreach (var sourceId in sourceIds)
        {
            await foreach (var relayed in RelaysOf(db, sourceId).WithCancellation(cancellationToken))
            {
                rows.Add(new SourceRelay { SourceId = sourceId, RelayedSourceId = relayed });
            }
        }

        return rows;
    }

    private IReadOnlySet<long> Reach(long sourceId)
    {
        if (_reach.TryGetValue(sourceId, out var known))
        {
            return known;
        }

        var reach = new HashSet<long> { sourceId };
        var pending = new Stack<long>([sourceId]);
        while (pending.TryPop(out var id))
        {
            foreach (var relayed in _relays.GetValueOrDefault(id, []))
            {
                if (reach.Add(relayed))
                {
                    pending.Push(relayed);
                }
            }
        }

        _reach[sourceId] = reach;
        return reach;
    }
}
