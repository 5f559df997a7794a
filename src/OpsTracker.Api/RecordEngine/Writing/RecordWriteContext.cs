using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.RecordEngine.Statuses;

namespace OpsTracker.Api.RecordEngine.Writing;

/// <summary>
/// What a record write runs on: the database context it changes and saves, and how it inserts a new record there.
/// In the writer's shared commit on SQLite a new record is inserted through prepared commands built from the EF model
/// (<see cref="EntityInserter"/>, as an import writes), which costs a fraction of a save's change tracking and
/// command batching and is what bounds that single writer; everywhere else through the context's save.
/// </summary>
public sealed class RecordWriteContext : IDisposable
{
    /// <summary>The prepared inserts, by record type, and where they report a statement prepared again; null where writes save.</summary>
    private readonly (Dictionary<Type, EntityInserter> Inserters, ILogger Logger)? _prepared;

    private RecordWriteContext(OpsTrackerDbContext db, ILogger? preparedInsertsLogger)
    {
        Db = db;
        _prepared = preparedInsertsLogger is null ? null : ([], preparedInsertsLogger);
    }

    public OpsTrackerDbContext Db { get; }

    /// <summary>Writes go through the context's save (a request's own context, or a database other than SQLite).</summary>
    public static RecordWriteContext Saving(OpsTrackerDbContext db) => new(db, preparedInsertsLogger: null);

    /// <summary>
    /// The writer's context inside its shared transaction: new records are inserted through prepared commands where the
    /// database is SQLite, whose write lock (taken at the transaction's start) makes the inserter's choice of ids safe.
    /// </summary>
    public static RecordWriteContext InTransaction(OpsTrackerDbContext db, ILogger logger) =>
        new(db, db.Database.GetDbConnection() is SqliteConnection && db.Database.CurrentTransaction is not null ? logger : null);

    /// <summary>
    /// Writes <paramref name="record"/> (with its link rows) as a new record, stamped as a save stamps it (status,
    /// search text, times, version 1), and sets its id.
    /// </summary>
    public async Task InsertAsync(RecordEntity record, CancellationToken cancellationToken)
    {
        if (_prepared is not { } prepared)
        {
            Db.Add(record);
            await Db.SaveChangesAsync(cancellationToken);
            return;
        }

        // The save's own stamping, as an import does for the rows it inserts.
        if (record is IStatusRecord status)
        {
            await RecordStatuses.StampAsync(Db, [status], new SourceReach(), cancellationToken);
        }

        OpsTrackerDbContext.StampNew(record, StoredTime.Now());
        InserterFor(record, prepared.Inserters, prepared.Logger).Insert(record);
    }

    public void Dispose()
    {
        foreach (var inserter in _prepared?.Inserters.Values ?? Enumerable.Empty<EntityInserter>())
        {
            inserter.Dispose();
        }
    }

    private EntityInserter InserterFor(RecordEntity record, Dictionary<Type, EntityInserter> inserters, ILogger logger)
    {
        if (!inserters.TryGetValue(record.GetType(), out var inserter))
        {
            var entityType = Db.Model.FindEntityType(record.GetType())
                ?? throw new InvalidOperationException($"{record.GetType().Name} is not an entity of the model.");
            inserter = new EntityInserter(entityType, (SqliteConnection)Db.Database.GetDbConnection(),
                (SqliteTransaction)Db.Database.CurrentTransaction!.GetDbTransaction(), logger);
            inserters.Add(record.GetType(), inserter);
        }

        return inserter;
    }
}
