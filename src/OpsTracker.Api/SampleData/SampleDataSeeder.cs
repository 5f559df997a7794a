namespace OpsTracker.Api.SampleData;
public static class SampleDataSeeder
{
    public static Task SeedIfEmptyAsync(OpsTracker.Api.Infrastructure.Database.OpsTrackerDbContext db) => Task.CompletedTask;
}
