using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
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
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(IdBefore(db, name));
        Assert.DoesNotContain(IdOf(db, name), await db.Database.GetAppliedMigrationsAsync());
        await migrator.MigrateAsync();
    }

    /// <summary>The id of this database's migration of that name (<c>20261206035937_ClaimsAndProvenance</c> for <c>ClaimsAndProvenance</c>).</summary>
    public static string IdOf(DbContext db, string name) =>
        db.Database.GetMigrations().Single(migration => migration.EndsWith($"_{name}", StringComparison.Ordinal));

    /// <summary>The id of the migration just before it: what to migrate back to for it to be pending.</summary>
    public static string IdBefore(DbContext db, string name)
    {
        var migrations = db.Database.GetMigrations().ToList();
        return migrations[migrations.IndexOf(IdOf(db, name)) - 1];
    }

    /// <summary>
    /// The tables the migrations after the named one create: a redo drops them with their rows and makes them again
    /// empty, so what the migration computes for stored rows is not asked of them (they are made with what it adds).
    /// </summary>
    public static IReadOnlySet<string> TablesCreatedAfter(OpsTrackerDbContext db, string sqliteMigration, string postgresMigration)
    {
        var name = TestDatabase.IsPostgres ? postgresMigration : sqliteMigration;
        var assembly = db.GetService<IMigrationsAssembly>();
        var ids = assembly.Migrations.Keys.Order(StringComparer.Ordinal).ToList();
        var redone = ids.FindIndex(id => id.EndsWith($"_{name}", StringComparison.Ordinal));
        return ids.Skip(redone + 1)
            .SelectMany(id => assembly.CreateMigration(assembly.Migrations[id], db.Database.ProviderName!).UpOperations.OfType<CreateTableOperation>())
            .Select(table => table.Name)
            .ToHashSet(StringComparer.Ordinal);
    }
}
