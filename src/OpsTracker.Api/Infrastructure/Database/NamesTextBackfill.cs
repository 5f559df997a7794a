using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Fills <see cref="INamedRecord.NamesText"/> for camps and forces stored before the column existed (the migration
/// cannot run the normalizer). Every camp and force has a name, so an empty value means "not yet filled". Written
/// with ExecuteUpdate so their updatedAt is left alone: nothing about them changed.
/// </summary>
public static class NamesTextBackfill
{
    public static async Task RunAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        await FillAsync<Camp>(db, cancellationToken);
        await FillAsync<Force>(db, cancellationToken);
    }

    private static async Task FillAsync<TEntity>(OpsTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : RecordEntity, INamedRecord
    {
        var unfilled = await db.Set<TEntity>().AsNoTracking().Where(e => e.NamesText == "").ToListAsync(cancellationToken);
        foreach (var record in unfilled)
        {
            var text = SearchNormalizer.Combine(record.NameFields());
            await db.Set<TEntity>().Where(e => e.Id == record.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.NamesText, text), cancellationToken);
        }
    }
}
