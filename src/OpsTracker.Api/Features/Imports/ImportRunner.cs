using System.Data.Common;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Statuses;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Runs one import, all or nothing, in one transaction. Records are read as a stream and handled a batch at a time:
/// references named by externalId are resolved, each request passes the resource's own validator, ids are checked
/// against the database in one query per batch, then the resource's own database rules and unique fields, exactly
/// as a POST (or, for an upsert, a PUT) checks them. Valid records are written batch by batch, through the
/// database's own fast path (<see cref="IImportWriter"/>), so later records may refer to earlier ones; at the end
/// the transaction is committed only when no record failed and this is no dry run. Memory holds a few batches, not
/// the file.
///
/// Two threads share the work: one reads, parses and validates records (the CPU-heavy part, which needs no
/// database), the other checks them against the database and writes them, with a few batches in flight between.
/// </summary>
public sealed class ImportRunner<TEntity, TRequest, TResponse>(
    ResourceDefinition<TEntity, TRequest, TResponse> resource,
    ImportSchema<TRequest> schema,
    OpsTrackerDbContext db,
    IValidator<TRequest> validator,
    ImportOptions options)
    where TEntity : RecordEntity, new()
    where TRequest : RecordRequest
    where TResponse : RecordResponse
{
    private const int BatchSize = 1000;

    // Batches read ahead of the writing side: enough to keep both threads busy, few enough to keep memory flat.
    private const int BatchesInFlight = 4;

    // Ids per lookup query: well under SQLite's parameter limit, and a plan that stays an index probe.
    private const int LookupChunk = 500;

    // Referenced ids known to exist are remembered across batches (most files cite the same few sources); the set
    // is emptied when it reaches this size, so memory stays bounded whatever the file.
    private const int KnownIdsLimit = 200_000;

    private readonly Dictionary<Type, HashSet<long>> _knownIds = [];

    // The sources' relays, read once per import for the statuses of the records it inserts (an import of records
    // changes no source's relays).
    private readonly SourceReach _sourceReach = new();

    // The records this import inserted or updated so far: other writers may insert beside it (PostgreSQL), so an id
    // tells nothing of who wrote the record.
    private readonly RecordIdSet _writtenIds = new();

    // The ids of the records this import created and changed, for its one audit entry.
    private readonly IdRanges _createdIds = new();
    private readonly IdRanges _updatedIds = new();
    private Exception? _readFailure;
    private long _rows;
    private long? _storedBefore;
    private long _inserted;
    private long _updated;
    private long _unchanged;

    /// <summary>Called after each batch with the number of records read so far.</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>Records inserted before the import switches to its bulk mode (<see cref="IImportBulkMode"/>); 0 or less never switches.</summary>
    public long BulkThreshold { get; init; }

    /// <summary>The file as it is read, for the SHA-256 its audit entry names.</summary>
    public required HashingStream File { get; init; }

    public required ImportFormat Format { get; init; }

    /// <summary>Where the write path reports what it recovered from (a statement prepared again).</summary>
    public required ILogger Logger { get; init; }

    public async Task<ImportOutcome> RunAsync(IImportReader<TRequest> reader, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(reader.PositionName);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dbTransaction = transaction.GetDbTransaction();
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;

        // A record may refer to one earlier in the same file (a force to its parent), and a unique name must be
        // checked against the records before it; resources with such rules are handled a record at a time.
        var blank = schema.NewRequest();
        var batchSize = schema.References.Any(reference => reference.Check.TargetType == typeof(TEntity)) || resource.UniqueFields(blank).Any()
            ? 1
            : BatchSize;

        // Bulk mode only where records go in batches: a resource checked a record at a time looks up its own table
        // (parents, unique names) and needs its indexes while the import runs.
        using var path = await db.Dialect.Choose(new ImportWritePaths(entityType, db.Model.FindEntityType(typeof(AuditEntry))!, dbTransaction,
            resource.Path, options.Actor, allowBulkMode: BulkThreshold > 0 && batchSize > 1, Logger, cancellationToken));
        var bulk = path.BulkMode;
        var mayEnterBulkMode = BulkThreshold > 0 && batchSize > 1;

        var batches = Channel.CreateBounded<List<ImportRow<TRequest>>>(new BoundedChannelOptions(BatchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(reader, batches.Writer, batchSize, stopReading.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await ProcessAsync(batch, errors, path.Writer, path.StoredExternalIds, cancellationToken);
                if (mayEnterBulkMode && bulk is { IsOn: false } && _inserted >= BulkThreshold && _inserted >= StoredBefore(dbTransaction, entityType))
                {
                    bulk.Enter();
                }
            }
        }
        finally
        {
            await stopReading.CancelAsync();
            await reading;
        }

        // Leaving without a commit rolls the transaction back.
        switch (_readFailure)
        {
            case ImportFileException malformed:
                return ImportOutcome.Malformed(malformed);
            case { } failure:
                ExceptionDispatchInfo.Throw(failure);
                break;
        }

        if (!errors.IsEmpty)
        {
            return ImportOutcome.InvalidRows(errors, _rows);
        }

        if (!options.DryRun)
        {
            await WriteImportEntryAsync(cancellationToken);

            // The one way out that keeps what was written: never without the indexes and trigger bulk mode dropped.
            bulk?.Restore();
            await transaction.CommitAsync(cancellationToken);
        }

        return ImportOutcome.Success(new ImportReport
        {
            Inserted = _inserted,
            Updated = _updated,
            Unchanged = _unchanged,
            DryRun = options.DryRun,
        });
    }

    /// <summary>
    /// The import's one audit entry, and the runs of ids it created, which the histories of those records start from
    /// (<see cref="ImportedHistory"/>). Records it updated have entries of their own as well (written with the
    /// updates): a record's state before an update is gone from its row once the update is written.
    /// </summary>
    private async Task WriteImportEntryAsync(CancellationToken cancellationToken)
    {
        var details = new ImportAuditDetails
        {
            Sha256 = await File.FinishAsync(cancellationToken),
            Format = Format,
            Mode = options.Mode,
            Inserted = _inserted,
            Updated = _updated,
            Unchanged = _unchanged,
            CreatedIds = _createdIds.ToPairs(),
            UpdatedIds = _updatedIds.ToPairs(),
        };
        var entry = AuditTrail.Entry(resource.Path, ImportedHistory.ImportRecordId, AuditAction.Import, ImportedHistory.ImportVersion,
            options.Actor, default(ImportAuditDetails), details, StoredTime.Now());
        db.Set<AuditEntry>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<ImportedRecordRange>().AddRange(_createdIds.Runs.Select(run => new ImportedRecordRange
        {
            AuditEntryId = entry.Id,
            Resource = resource.Path,
            FirstId = run.First,
            LastId = run.Last,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The records stored before this import, counted once when the threshold is first reached. Rebuilding an index
    /// reads the whole table, so bulk mode waits until the import has inserted at least as many records as there
    /// were: a large import into a small table switches at the threshold, a small one into a large table never.
    /// </summary>
    private long StoredBefore(DbTransaction transaction, IEntityType entityType)
    {
        if (_storedBefore is { } known)
        {
            return known;
        }

        using var count = transaction.Connection!.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = $"SELECT COUNT(*) FROM \"{entityType.GetTableName()}\";";
        _storedBefore = (long)count.ExecuteScalar()! - _inserted;
        return _storedBefore.Value;
    }

    /// <summary>
    /// The reading thread: parses records and runs every check that needs no database (externalId references
    /// against ids, the validator), recording errors on the rows, and hands them on a batch at a time. A failure ends the
    /// batches early and is kept for <see cref="RunAsync"/> to answer.
    /// </summary>
    private async Task ReadAsync(IImportReader<TRequest> reader, ChannelWriter<List<ImportRow<TRequest>>> batches, int batchSize,
        CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<ImportRow<TRequest>>(batchSize);
            await foreach (var row in reader.ReadAsync(cancellationToken))
            {
                Check(row);
                batch.Add(row);
                if (batch.Count == batchSize)
                {
                    await batches.WriteAsync(batch, cancellationToken);
                    batch = new List<ImportRow<TRequest>>(batchSize);
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _readFailure = exception;
        }
        catch (OperationCanceledException)
        {
            // The writing side stopped first; its own exception, if any, is the one that counts.
        }
        finally
        {
            batches.TryComplete();
        }
    }

    /// <summary>The checks of one row that need no database, on the reading thread.</summary>
    private void Check(ImportRow<TRequest> row)
    {
        if (row.Errors is not null)
        {
            return;
        }

        var request = row.Request!;
        for (var r = 0; row.ExternalIds is not null && r < schema.References.Count; r++)
        {
            if (row.ExternalIds[r] is not { } externalIds)
            {
                continue;
            }

            var reference = schema.References[r];
            if (reference.HasIds(request))
            {
                row.AddError(reference.ExternalIdField, $"Give {reference.Field} or {reference.ExternalIdField}, not both.");
                continue;
            }

            // Until the writing side looks the externalIds up, each distinct one stands in as a distinct positive id,
            // so the validator's id rules (present, positive, none twice, not too many) judge the list as they will
            // judge the real ids it resolves to.
            var placeholders = new Dictionary<string, long>(StringComparer.Ordinal);
            reference.SetIds(request, [.. externalIds.Select(externalId => placeholders.TryGetValue(externalId, out var id)
                ? id
                : placeholders[externalId] = placeholders.Count + 1)]);
        }

        if (row.Errors is not null)
        {
            return;
        }

        var result = validator.Validate(request);
        foreach (var failure in result.Errors)
        {
            row.AddError(FieldPath.FromMemberPath(failure.PropertyName), failure.ErrorMessage);
        }
    }

    /// <summary>The writing thread's part for one batch: the checks against the database, then the writes.</summary>
    private async Task ProcessAsync(List<ImportRow<TRequest>> batch, ImportErrors errors, IImportWriter writer, IStoredExternalIds stored,
        CancellationToken cancellationToken)
    {
        _rows += batch.Count;
        var rows = new List<ImportRow<TRequest>>(batch.Count);
        foreach (var row in batch)
        {
            if (row.Errors is not null)
            {
                errors.AddRow(row.Number, row.Errors);
            }
            else
            {
                rows.Add(row);
            }
        }

        rows = await ResolveExternalIdsAsync(rows, errors, cancellationToken);
        rows = await CheckReferencesAsync(rows, errors, cancellationToken);
        var (inserts, updates) = await CheckStoredAsync(rows, errors, stored, cancellationToken);

        var entities = inserts.Select(request =>
        {
            var entity = new TEntity();
            resource.Apply(request, entity);
            return entity;
        }).ToList();

        // Inserted rows bypass the context's save, which sets the status of the records it writes: set here, as there.
        await RecordStatuses.StampAsync(db, entities.OfType<IStatusRecord>().ToList(), _sourceReach, cancellationToken);

        var now = StoredTime.Now();
        await writer.ReserveIdsAsync(inserts.Count, cancellationToken);
        foreach (var entity in entities)
        {
            OpsTrackerDbContext.StampNew(entity, now);
            var id = writer.Insert(entity);
            _writtenIds.Add(id);
            _createdIds.Add(id);
            _inserted++;
        }

        if (updates.Count > 0)
        {
            await UpdateAsync(updates, writer, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);

        Progress?.Invoke(_rows);
    }

    private async Task<List<ImportRow<TRequest>>> ResolveExternalIdsAsync(List<ImportRow<TRequest>> rows, ImportErrors errors, CancellationToken cancellationToken)
    {
        if (!rows.Any(row => row.ExternalIds is not null))
        {
            return rows;
        }

        var resolved = new Dictionary<string, long>[schema.References.Count];
        for (var r = 0; r < schema.References.Count; r++)
        {
            var wanted = rows.SelectMany(row => row.ExternalIds?[r] ?? []).Distinct(StringComparer.Ordinal).ToList();
            resolved[r] = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var chunk in wanted.Chunk(LookupChunk))
            {
                foreach (var (externalId, id) in await schema.References[r].Check.FindByExternalIdAsync(db, chunk, cancellationToken))
                {
                    resolved[r][externalId] = id;
                }
            }
        }

        var kept = new List<ImportRow<TRequest>>(rows.Count);
        foreach (var row in rows)
        {
            var rowErrors = new List<(string, string)>();
            for (var r = 0; row.ExternalIds is not null && r < schema.References.Count; r++)
            {
                if (row.ExternalIds[r] is not { } externalIds)
                {
                    continue;
                }

                var reference = schema.References[r];
                var ids = new List<long>(externalIds.Count);
                for (var i = 0; i < externalIds.Count; i++)
                {
                    if (resolved[r].TryGetValue(externalIds[i], out var id))
                    {
                        ids.Add(id);
                    }
                    else
                    {
                        rowErrors.Add((reference.IsList ? $"{reference.ExternalIdField}[{i}]" : reference.ExternalIdField,
                            $"There is no {reference.TargetName} with externalId '{externalIds[i]}'."));
                    }
                }

                if (ids.Count == externalIds.Count && ids.Count > 0)
                {
                    reference.SetIds(row.Request!, ids);
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRow(row.Number, rowErrors);
            }
            else
            {
                kept.Add(row);
            }
        }

        return kept;
    }

    /// <summary>Every referenced id must exist: one query per reference field per batch, for the ids not already known.</summary>
    private async Task<List<ImportRow<TRequest>>> CheckReferencesAsync(List<ImportRow<TRequest>> rows, ImportErrors errors, CancellationToken cancellationToken)
    {
        var checks = rows.Select(row => resource.ReferencesOf(row.Request!).ToList()).ToList();
        foreach (var target in checks.SelectMany(row => row).GroupBy(check => check.TargetType))
        {
            var known = KnownIds(target.Key);
            var unknown = target.SelectMany(check => check.Ids).Where(id => !known.Contains(id)).Distinct().ToList();
            foreach (var chunk in unknown.Chunk(LookupChunk))
            {
                known.UnionWith(await target.First().FindExistingAsync(db, chunk, cancellationToken));
            }
        }

        var kept = new List<ImportRow<TRequest>>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var missing = checks[i].SelectMany(check => check.MissingAmong(KnownIds(check.TargetType))).ToList();
            if (missing.Count > 0)
            {
                errors.AddRow(rows[i].Number, missing);
            }
            else
            {
                kept.Add(rows[i]);
            }
        }

        foreach (var known in _knownIds.Values.Where(known => known.Count > KnownIdsLimit))
        {
            known.Clear();
        }

        return kept;
    }

    /// <summary>
    /// The checks against stored records of this resource: a stored externalId (an error on insert, the record to
    /// update on upsert), the definition's own database rules, and its other unique fields.
    /// </summary>
    private async Task<(List<TRequest> Inserts, List<(long Id, TRequest Request)> Updates)> CheckStoredAsync(
        List<ImportRow<TRequest>> rows, ImportErrors errors, IStoredExternalIds storedExternalIds, CancellationToken cancellationToken)
    {
        var stored = await storedExternalIds.FindAsync(rows.Select(row => row.Request!.ExternalId).OfType<string>().ToList(), cancellationToken);

        var inserts = new List<TRequest>(rows.Count);
        var updates = new List<(long, TRequest)>();
        var inBatch = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var request = row.Request!;
            long? id = request.ExternalId is { } externalId && stored.TryGetValue(externalId, out var storedId) ? storedId : null;
            if (DuplicateOf(request.ExternalId, row.Number, id, inBatch, errors) is { } duplicate)
            {
                errors.AddRow(row.Number, "externalId", duplicate);
                continue;
            }
            if (id is not null && options.Mode == ImportMode.Insert)
            {
                errors.AddRow(row.Number, "externalId",
                    $"A {resource.SingularName} with externalId '{request.ExternalId}' is already stored (id {id}); import with mode=upsert to update it.");
                continue;
            }

            var ruleErrors = new ValidationErrors();
            await resource.CheckAsync(db, request, id, ruleErrors, cancellationToken);
            var rowErrors = ruleErrors.ToDictionary().SelectMany(pair => pair.Value.Select(message => (pair.Key, message))).ToList();
            foreach (var unique in resource.UniqueFields(request).Where(unique => unique.Value is not null))
            {
                var holder = await unique.FindHolderAsync(db, id, cancellationToken);
                if (holder is not null)
                {
                    rowErrors.Add((unique.Field, unique.ClashMessage(resource.SingularName, holder.Value)));
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRow(row.Number, rowErrors);
            }
            else if (id is { } existing)
            {
                updates.Add((existing, request));
                _writtenIds.Add(existing);
            }
            else
            {
                inserts.Add(request);
            }
        }

        return (inserts, updates);
    }

    /// <summary>
    /// Replaces stored records as a PUT does, through the change tracker, which tells a changed record from one the
    /// row leaves as it was (and stamps updatedAt only on the first).
    /// </summary>
    private async Task UpdateAsync(List<(long Id, TRequest Request)> updates, IImportWriter writer, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<long, TEntity>();
        foreach (var chunk in updates.Select(update => update.Id).Chunk(LookupChunk))
        {
            foreach (var entity in await db.Set<TEntity>().Where(e => chunk.Contains(e.Id)).ToListAsync(cancellationToken))
            {
                entities[entity.Id] = entity;
            }
        }

        var before = new Dictionary<long, TResponse>(entities.Count);
        foreach (var (id, request) in updates)
        {
            before[id] = resource.ResponseOf(entities[id]);
            resource.Apply(request, entities[id]);
        }

        var withChangedLinks = db.RecordsWithChangedLinks();
        foreach (var entity in entities.Values)
        {
            if (db.Entry(entity).State == EntityState.Modified || withChangedLinks.Contains((typeof(TEntity), entity.Id)))
            {
                _updated++;
            }
            else
            {
                _unchanged++;
            }
        }

        var versionsBefore = entities.ToDictionary(pair => pair.Key, pair => pair.Value.Version);
        await db.SaveChangesAsync(cancellationToken);

        // SaveChanges raises the version of exactly the records it changed; only those get an audit entry.
        foreach (var entity in entities.Values.Where(entity => entity.Version != versionsBefore[entity.Id]))
        {
            _updatedIds.Add(entity.Id);
            writer.Write(AuditTrail.Entry(resource.Path, entity.Id, AuditAction.Update, entity.Version, options.Actor,
                before[entity.Id], resource.ResponseOf(entity), entity.UpdatedAt));
        }

        // Sources whose relays an upsert changed gave the records citing them (of other kinds than the import's, which
        // the writer's entries are for) new statuses: new versions of those, saved in the import's transaction.
        var relayStatusChanges = db.TakeRelayStatusChanges();
        if (relayStatusChanges.Count > 0)
        {
            db.Set<AuditEntry>().AddRange(relayStatusChanges.Select(change => change.ToAuditEntry(options.Actor)));
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// A message when an earlier record of the file has the row's externalId: each record appears once. The earlier
    /// one is in this batch, or already written (inserted or updated) by this import. The database's unique index
    /// finds those, and one bit per id tells them apart, so no set of the file's externalIds grows with the file.
    /// </summary>
    private string? DuplicateOf(string? externalId, int number, long? storedId, Dictionary<string, int> inBatch, ImportErrors errors)
    {
        if (externalId is not { Length: > 0 })
        {
            return null;
        }

        if (!inBatch.TryAdd(externalId, number))
        {
            return $"externalId '{externalId}' is also on {errors.Place(inBatch[externalId])}; a file names each record once.";
        }

        return storedId is { } id && _writtenIds.Contains(id)
            ? $"externalId '{externalId}' is also on an earlier {errors.PositionName} of this file; a file names each record once."
            : null;
    }

    private HashSet<long> KnownIds(Type target)
    {
        if (!_knownIds.TryGetValue(target, out var known))
        {
            _knownIds[target] = known = [];
        }

        return known;
    }
}
