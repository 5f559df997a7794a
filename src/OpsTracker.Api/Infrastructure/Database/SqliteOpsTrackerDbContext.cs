using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The database on SQLite, with its migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOpsTrackerDbContext(DbContextOptions<SqliteOpsTrackerDbContext> options) : OpsTrackerDbContext(options)
{
    public override IDatabaseDialect Dialect => SqliteDialect.Instance;

    /// <summary>
    /// The live records' ids in order, apart from the wide rows: an unfiltered page (ORDER BY id, LIMIT/OFFSET) skips
    /// the records before it in this small index instead of reading each of those rows from the table to test "not
    /// deleted" (a page 1,000 pages deep: 8 ms, 0.5 ms with it). DeletedAt is in it, always null, so that the index
    /// covers the query: SQLite does not count a partial index's own condition as covered, and once ANALYZE has told
    /// it that an index on the id alone holds as many rows as the table it goes back to scanning the table.
    /// PostgreSQL has its own shape of this index (<see cref="PostgresOpsTrackerDbContext"/>).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(RecordEntity).IsAssignableFrom(t.ClrType)).ToList())
        {
            modelBuilder.Entity(entityType.ClrType)
                .HasIndex(nameof(RecordEntity.Id), nameof(RecordEntity.DeletedAt))
                .HasFilter(NotDeleted);
        }
    }
}
