using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// Records of one kind that refer to a record about to be deleted. While any exist the delete is a 409 that says
/// which records hold on to it, rather than silently breaking provenance.
/// </summary>
public sealed class DependentRecords
{
    private readonly Func<OpsTrackerDbContext, long, CancellationToken, Task<int>> _count;

    private DependentRecords(string description, Func<OpsTrackerDbContext, long, CancellationToken, Task<int>> count)
    {
        Description = description;
        _count = count;
    }

    /// <summary>What the dependents are, in the plural: "casualty records".</summary>
    public string Description { get; }

    public static DependentRecords Of<TDependent>(string description, Func<long, Expression<Func<TDependent, bool>>> refersTo)
        where TDependent : class =>
        new(description, (db, id, cancellationToken) => db.Set<TDependent>().CountAsync(refersTo(id), cancellationToken));

    public Task<int> CountAsync(OpsTrackerDbContext db, long id, CancellationToken cancellationToken) =>
        _count(db, id, cancellationToken);
}
