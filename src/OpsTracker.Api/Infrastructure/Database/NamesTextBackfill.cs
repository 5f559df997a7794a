using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Fills <see cref="INamedRecord.NamesText"/> for named records (camps, forces: every such entity of the model) stored
/// before the column existed (the migration cannot run the normalizer). Every named record has a name, so an empty
/// value means "not yet filled". Written with ExecuteUpdate so their updatedAt is left alone: nothing about them changed.
/// </summary>
public static class NamesTextBackfill
{
    private static readonly MethodInfo Fill = typeof(NamesTextBackfill).GetMethod(nameof(FillAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task RunAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var named = db.Model.GetEntityTypes()
            .Select(entityType => entityType.ClrType)
            .Where(type => typeof(RecordEntity).IsAssignableFrom(type) && typeof(INamedRecord).IsAssignableFrom(type));
        foreach (var type in named)
        {
            await (Task)Fill.MakeGenericMethod(type).Invoke(null, [db, cancellationToken])!;
        }
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
