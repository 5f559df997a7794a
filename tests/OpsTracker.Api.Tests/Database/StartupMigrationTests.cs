using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// The API's start-up on a database that nothing has migrated, as a new installation meets it. Every other test
/// starts on a copy of a template that the test process migrated once, so this is where the start-up's own
/// migration (and its sample data on top) is exercised.
/// </summary>
public sealed class StartupMigrationTests
{
    [Fact]
    public async Task A_new_database_is_migrated_and_given_the_sample_data_at_start_up()
    {
        using var database = TestDatabase.CreateUnmigrated();
        using var factory = new ApiFactory(database).WithSampleData();
        using var client = factory.CreateClient();

        using (var db = factory.CreateDbContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        var found = await client.ListAsync(Paths.Sources, ListHttp.Search("Shafaq"));
        Assert.Equal("sample:source:shafaq-news-2025-11-13", Assert.Single(found)["externalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_copy_of_the_template_is_found_migrated_and_left_empty()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using (var db = factory.CreateDbContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        Assert.Empty(await client.ListAsync(Paths.Sources));
        var created = await client.CreateIdAsync(Paths.Sources, Payloads.Source());
        Assert.Equal([created], await client.ListIdsAsync(Paths.Sources, ListHttp.Search("CENTCOM")));
    }
}
