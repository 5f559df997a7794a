using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>A field whose value no two records of the resource may share; a clash is a 409 naming the field.</summary>
public sealed record UniqueField<TEntity>(string Field, string? Value, Expression<Func<TEntity, bool>> HasSameValue)
    where TEntity : RecordEntity
{
    /// <summary>The id of another record that already has this value, other than <paramref name="exceptId"/> (the record being replaced).</summary>
    public Task<long?> FindHolderAsync(OpsTrackerDbContext db, long? exceptId, CancellationToken cancellationToken) =>
        db.Set<TEntity>().AsNoTracking()
            .Where(HasSameValue)
            .Where(e => exceptId == null || e.Id != exceptId)
            .Select(e => (long?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>What a write is told when <paramref name="holderId"/> already has this value.</summary>
    public string ClashMessage(string singularName, long holderId) =>
        $"Another {singularName} (id {holderId}) already has {Field} '{Value}'.";
}
