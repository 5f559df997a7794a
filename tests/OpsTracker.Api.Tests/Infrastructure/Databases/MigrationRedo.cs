using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>
/// Takes a database back to just before one migration and up again, so a test can check that the migration fills
/// what it adds from the rows already stored. Each provider has its own migrations: the name of the one to redo is
/// given for each.
/// </summary>
public static class MigrationRedo
{
    public static async Task RedoAsync(OpsTrackerDbContext db, string sqliteMigration, string postgresMigration)
    {
        var name = TestDatabase.IsPostgres ? postgresMigration : sqliteMigration;
        var migrations = db.Database.GetMigrations().ToList();
        var redone = migrations.Single(migration => migration.EndsWith($"_{name}", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(redone) - 1]);
        Assert.DoesNotContain(redone, await db.Database.GetAppliedMigrationsAsync());
        await migrator.MigrateAsync();
    }
}
