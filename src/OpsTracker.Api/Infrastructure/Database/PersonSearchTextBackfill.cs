using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Fills the search text of the persons the Persons migration made from arrests' person fields: SQL cannot run the
/// normalizer (nor add a kunya's case forms), so the migration leaves it empty. Every person has a name, so an empty
/// search text means "not yet filled". Written with ExecuteUpdate so their updatedAt is left alone.
/// </summary>
public static class PersonSearchTextBackfill
{
    public static async Task RunAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var unfilled = await db.Set<Person>().AsNoTracking().Where(p => p.SearchText == "").ToListAsync(cancellationToken);
        foreach (var person in unfilled)
        {
            var text = SearchNormalizer.Combine(person.SearchFields());
            await db.Set<Person>().Where(p => p.Id == person.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.SearchText, text), cancellationToken);
        }
    }
}
