using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Counters;

namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// The extractor compiled from the database's names (forces, camps, persons), kept while the data versions of those
/// three tables stay as they were: the triggers raise a table's version on every insert, update and delete, whichever
/// instance or import makes it, so a new alias is matched on the next report and an unchanged gazetteer is not
/// rebuilt for every one. Thread-safe: two requests that find it stale both rebuild it from the same names.
/// </summary>
public sealed class ExtractorCache
{
    private Kept? _kept;

    public async Task<ReportExtractor> GetAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var tables = NameTables(db);
        var version = await db.Set<LiveRecordCount>().Where(count => tables.Contains(count.Table)).SumAsync(count => count.Version, cancellationToken);
        if (Volatile.Read(ref _kept) is { } kept && kept.Version == version)
        {
            return kept.Extractor;
        }

        var extractor = new ReportExtractor(await ReportStore.GazetteerAsync(db, cancellationToken));
        Volatile.Write(ref _kept, new Kept(version, extractor));
        return extractor;
    }

    /// <summary>
    /// Forgets the extractor: for a database replaced under a running API (the tests' reused hosts), whose versions
    /// may repeat with other names.
    /// </summary>
    public void Clear() => Volatile.Write(ref _kept, null);

    private static string[] NameTables(OpsTrackerDbContext db) =>
        [.. new[] { typeof(Force), typeof(Camp), typeof(Person) }.Select(type => db.Model.FindEntityType(type)!.GetTableName()!)];

    private sealed record Kept(long Version, ReportExtractor Extractor);
}
