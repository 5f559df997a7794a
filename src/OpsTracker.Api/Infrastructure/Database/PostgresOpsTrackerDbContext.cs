using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database.Postgres;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The database on PostgreSQL, with its migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresOpsTrackerDbContext(DbContextOptions<PostgresOpsTrackerDbContext> options) : OpsTrackerDbContext(options)
{
    public override IDatabaseDialect Dialect => PostgresDialect.Instance;

    /// <summary>
    /// What PostgreSQL has in place of SQLite's trigram full-text tables: a pg_trgm GIN index on each record's search
    /// text, which answers the search's <c>LIKE '%term%'</c> without reading every row (see SearchMatches). Like every
    /// index of a record table, it holds live records only.
    ///
    /// And the live records' ids in order: an unfiltered page (ORDER BY id, LIMIT/OFFSET) skips the records before it
    /// with an index-only scan of this index, where the primary key would fetch each of those rows to test "not
    /// deleted". The id alone: PostgreSQL does not scan an index on (id, deletedAt) for this query, unlike SQLite
    /// (<see cref="SqliteOpsTrackerDbContext"/>).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(RecordEntity).IsAssignableFrom(t.ClrType)).ToList())
        {
            modelBuilder.Entity(entityType.ClrType)
                .HasIndex(nameof(RecordEntity.SearchText))
                .HasMethod("gin")
                .HasOperators("gin_trgm_ops")
                .HasFilter(NotDeleted);
            modelBuilder.Entity(entityType.ClrType)
                .HasIndex(nameof(RecordEntity.Id))
                .HasFilter(NotDeleted);
        }
    }
}
