using System.Linq.Expressions;

namespace OpsTracker.Api.Infrastructure.Resources;

/// <summary>A field whose value no two records of the resource may share; a clash is a 409 naming the field.</summary>
public sealed record UniqueField<TEntity>(string Field, string? Value, Expression<Func<TEntity, bool>> HasSameValue);
