using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Reads the database behind the API directly, to check that a refused write wrote nothing.</summary>
public static class StoredRecords
{
    /// <summary>How many live records of the resource named <paramref name="resourceName"/> ("camp-populations") are stored.</summary>
    public static Task<int> CountAsync(ApiFactory factory, string resourceName)
    {
        var kind = factory.Services.GetRequiredService<RecordKinds>().All.FirstOrDefault(kind => kind.Path == resourceName)
            ?? throw new ArgumentOutOfRangeException(nameof(resourceName), resourceName, "Not a resource.");
        return Task.FromResult((int)factory.Database.Count(kind.Table, OpsTrackerDbContext.NotDeleted));
    }
}
