namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// Brings a record's link rows (its citations, forces or camps) in line with the ids a request gives, keeping
/// the rows that stay so an unchanged list writes nothing.
/// </summary>
public static class LinkSync
{
    public static void Sync<TLink>(List<TLink> links, IEnumerable<long>? ids, Func<TLink, long> idOf, Func<long, TLink> create)
    {
        var wanted = (ids ?? []).Distinct().ToList();
        var wantedSet = wanted.ToHashSet();
        links.RemoveAll(link => !wantedSet.Contains(idOf(link)));
        var present = links.Select(idOf).ToHashSet();
        links.AddRange(wanted.Where(id => !present.Contains(id)).Select(create));
    }
}
