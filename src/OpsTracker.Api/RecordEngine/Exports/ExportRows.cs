using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// The rows of a CSV or GeoJSON export: the list's query (its filters, search and sort, deleted records left out)
/// read as responses in one streaming query, with the lists read apart (see
/// <see cref="RecordProjection{TEntity, TResponse}"/>) a chunk of records at a time.
/// </summary>
/// <remarks>
/// The database is read a chunk ahead, on a task of its own, while the caller formats and sends the chunk before:
/// reading and formatting then use two cores rather than taking turns on one. Memory holds at most three chunks.
/// </remarks>
public static class ExportRows
{
    public static async IAsyncEnumerable<TResponse> ReadAsync<TEntity, TResponse>(
        IQueryable<TEntity> query,
        RecordProjection<TEntity, TResponse> projection,
        OpsTrackerDbContext db,
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TEntity : RecordEntity
        where TResponse : RecordResponse
    {
        var chunkRecords = services.GetRequiredService<IOptions<ExportSettings>>().Value.ChunkRecords;
        var chunks = Channel.CreateBounded<RecordChunk<TResponse>>(
            new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadChunksAsync(query, projection, db, services, chunkRecords, chunks.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var row in chunk.Rows)
                {
                    yield return row;
                }
            }
        }
        finally
        {
            // The context is the request's: nothing may still be reading through it once the export is done.
            await stop.CancelAsync();
            try
            {
                await reader;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static async Task ReadChunksAsync<TEntity, TResponse>(
        IQueryable<TEntity> query,
        RecordProjection<TEntity, TResponse> projection,
        OpsTrackerDbContext db,
        IServiceProvider services,
        int chunkRecords,
        ChannelWriter<RecordChunk<TResponse>> chunks,
        CancellationToken cancellationToken)
        where TEntity : RecordEntity
        where TResponse : RecordResponse
    {
        Exception? failure = null;
        try
        {
            await using var links = projection.Lists.Count == 0 ? null : await db.Dialect.OpenSnapshotReaderAsync(db, services, cancellationToken);

            // Without lists to read, the projection reads nothing through it.
            var linksDb = links?.Db ?? db;
            var chunk = NewChunk<TResponse>(chunkRecords);
            await foreach (var row in query.Select(projection.Records).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                chunk.Add(row);
                if (chunk.IsFull)
                {
                    await projection.FillAsync(linksDb, chunk, cancellationToken);
                    await chunks.WriteAsync(chunk, cancellationToken);
                    chunk = NewChunk<TResponse>(chunkRecords);
                }
            }

            if (chunk.Rows.Count > 0)
            {
                await projection.FillAsync(linksDb, chunk, cancellationToken);
                await chunks.WriteAsync(chunk, cancellationToken);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        finally
        {
            chunks.TryComplete(failure);
        }
    }

    private static RecordChunk<TResponse> NewChunk<TResponse>(int records)
        where TResponse : RecordResponse =>
        new(records, response => response.Id);
}
