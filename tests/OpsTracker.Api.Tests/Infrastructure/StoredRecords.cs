using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Reads the database behind the API directly, to check that a refused write wrote nothing.</summary>
public static class StoredRecords
{
    /// <summary>How many records of the resource named <paramref name="resourceName"/> ("camp-populations") are stored.</summary>
    public static async Task<int> CountAsync(ApiFactory factory, string resourceName)
    {
        await using var db = factory.CreateDbContext();
        return resourceName switch
        {
            "sources" => await db.Sources.CountAsync(),
            "forces" => await db.Forces.CountAsync(),
            "camps" => await db.Camps.CountAsync(),
            "operations" => await db.Operations.CountAsync(),
            "casualties" => await db.Casualties.CountAsync(),
            "arrests" => await db.Arrests.CountAsync(),
            "detainee-figures" => await db.DetaineeFigures.CountAsync(),
            "camp-populations" => await db.CampPopulationFigures.CountAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(resourceName), resourceName, "Not a resource."),
        };
    }
}
