using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Search;
using OpsTracker.Api.RecordEngine.Statuses;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// The API's database, whichever provider serves it: every entity configuration of the assembly, with the stamping
/// of records. Each provider has a context type of its own
/// (<see cref="SqliteOpsTrackerDbContext"/>, <see cref="PostgresOpsTrackerDbContext"/>) only so that each has its own
/// committed migrations; the model, the stamping and every query are this class's, the same on both.
/// </summary>
public abstract class OpsTrackerDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>What this context's database does its own way (search, snapshots, locks, backups, driver errors).</summary>
    public abstract IDatabaseDialect Dialect { get; }

    // Set by each save, so a pooled context never hands one lease's changes to the next.
    private IReadOnlyList<RelayStatusChange> _relayStatusChanges = [];

    /// <summary>The condition every index of a record table is limited to (see <see cref="OnModelCreating"/>).</summary>
    public const string NotDeleted = "\"DeletedAt\" IS NULL";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpsTrackerDbContext).Assembly);

        // Every query of a record table carries the not-deleted filter, so indexes limited to live records serve
        // them exactly as before (SQLite uses a partial index when the query implies its condition), stay covering,
        // and let a deleted record's externalId or name be used again.
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(RecordEntity).IsAssignableFrom(t.ClrType)))
        {
            foreach (var index in entityType.GetIndexes())
            {
                index.SetFilter(NotDeleted);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name so the database file reads plainly in any SQLite tool; each entity's configuration
        // gives its enum columns their length.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    /// <summary>Not offered: a save derives statuses from the sources' relays, which it reads from the database, asynchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save with SaveChangesAsync: a save reads the sources' relays to set the records' statuses.");

    /// <summary>
    /// Stamps what a save sets (<see cref="StampTimes"/>) and the status of every report record whose count or
    /// citations are written; after the save, a source whose relays changed sets again the status of the records
    /// that cite it or a source relaying it (<see cref="RecordStatuses"/>), in the same transaction when there is one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once here and once by the save itself (which sees what the stamping set), not on each
        // look at the tracked entries below: each would walk every tracked entity again.
        var detectsChanges = ChangeTracker.AutoDetectChangesEnabled;
        if (detectsChanges)
        {
            ChangeTracker.DetectChanges();
        }

        ChangeTracker.AutoDetectChangesEnabled = false;
        List<Source> relaysChanged;
        try
        {
            var withChangedLinks = RecordsWithChangedLinks();
            var written = ChangeTracker.Entries<RecordEntity>()
                .Where(entry => entry.Entity is IStatusRecord)
                .Where(entry => entry.State is EntityState.Added or EntityState.Modified
                    || (entry.State == EntityState.Unchanged && withChangedLinks.Contains((entry.Metadata.ClrType, entry.Entity.Id))))
                .Select(entry => (IStatusRecord)entry.Entity)
                .ToList();
            await RecordStatuses.StampAsync(this, written, new SourceReach(), cancellationToken);
            relaysChanged = ChangeTracker.Entries<Source>()
                .Where(entry => entry.State != EntityState.Added && withChangedLinks.Contains((typeof(Source), entry.Entity.Id)))
                .Select(entry => entry.Entity)
                .ToList();

            StampTimes(withChangedLinks);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectsChanges;
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _relayStatusChanges = await RecordStatuses.RefreshCitingAsync(this, relaysChanged.Select(source => source.Id).ToList(), cancellationToken);
        return saved;
    }

    /// <summary>
    /// The records whose status the last save changed through a change of a source's relays, each a new version, for
    /// the caller to audit with the key that made the change (once: taking them clears them).
    /// </summary>
    public IReadOnlyList<RelayStatusChange> TakeRelayStatusChanges()
    {
        var changes = _relayStatusChanges;
        _relayStatusChanges = [];
        return changes;
    }

    /// <summary>
    /// Sets createdAt, updatedAt and the search text here, once, so no endpoint or import can forget or forge them.
    /// </summary>
    private void StampTimes(HashSet<(Type, long)> recordsWithChangedLinks)
    {
        var now = StoredTime.Now();
        foreach (var entry in ChangeTracker.Entries<RecordEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                StampNew(entry.Entity, now);
                continue;
            }

            if (entry.State == EntityState.Modified)
            {
                StampSearchText(entry.Entity);
            }

            if (entry.State == EntityState.Modified
                || (entry.State == EntityState.Unchanged && recordsWithChangedLinks.Contains((entry.Metadata.ClrType, entry.Entity.Id))))
            {
                entry.Entity.UpdatedAt = now;
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                entry.Property(e => e.CreatedAt).IsModified = false;
            }
        }
    }

    /// <summary>
    /// What saving a new record stamps on it: its search text and both timestamps. Public so that the import's bulk
    /// insert, which writes rows without the change tracker, stamps exactly what SaveChanges would.
    /// </summary>
    public static void StampNew(RecordEntity record, DateTime now)
    {
        StampSearchText(record);
        record.CreatedAt = now;
        record.UpdatedAt = now;
        record.Version = 1;
    }

    private static void StampSearchText(RecordEntity record)
    {
        record.SearchText = SearchNormalizer.Combine(record.SearchFields());
        if (record is INamedRecord named)
        {
            named.NamesText = SearchNormalizer.Combine(named.NameFields());
        }
    }

    /// <summary>
    /// The tracked records whose link rows (citations, forces, camps) are added, changed (a citation's quote) or
    /// removed. Citations, forces and camps are owned link rows: a change to only those is still a change to the record.
    /// </summary>
    public HashSet<(Type, long)> RecordsWithChangedLinks()
    {
        var owners = new HashSet<(Type, long)>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !entry.Metadata.IsOwned())
            {
                continue;
            }

            var ownership = entry.Metadata.FindOwnership()!;
            if (entry.Property(ownership.Properties[0].Name).CurrentValue is long ownerId)
            {
                owners.Add((ownership.PrincipalEntityType.ClrType, ownerId));
            }
        }

        return owners;
    }
}
