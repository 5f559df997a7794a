using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Features.Imports;

/// <summary>The import of one resource, built from its definition; nothing here is particular to any resource.</summary>
public sealed class ResourceImporter<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource) : IResourceImporter
    where TEntity : RecordEntity, new()
    where TRequest : RecordRequest
    where TResponse : RecordResponse
{
    private ImportSchema<TRequest>? _schema;

    public string Path => resource.Path;

    public Type RequestType => typeof(TRequest);

    public IReadOnlyList<string> Columns(IServiceProvider services) => [.. Schema(services).ColumnNames];

    public async Task<ImportOutcome> ImportAsync(Stream body, ImportFormat format, ImportOptions options, IServiceProvider services,
        Action<long>? progress, CancellationToken cancellationToken)
    {
        var schema = Schema(services);
        await using var file = new HashingStream(body);
        using var text = ImportText.Reader(file);
        IImportReader<TRequest> reader = format switch
        {
            ImportFormat.Csv => new CsvRequestReader<TRequest>(schema, text),
            ImportFormat.Ndjson => new NdjsonRequestReader<TRequest>(schema, text),
            _ => new JsonArrayRequestReader<TRequest>(schema, ImportText.CheckedBytes(file)),
        };
        var runner = new ImportRunner<TEntity, TRequest, TResponse>(
            resource, schema, services.GetRequiredService<OpsTrackerDbContext>(), services.GetRequiredService<IValidator<TRequest>>(), options)
        {
            Progress = progress,
            File = file,
            Format = format,
            BulkThreshold = services.GetRequiredService<IOptions<ImportSettings>>().Value.BulkThreshold,
            Logger = services.GetRequiredService<ILogger<ResourceImporter<TEntity, TRequest, TResponse>>>(),
        };
        return await runner.RunAsync(reader, cancellationToken);
    }

    // Built once, on first use, from the same JSON options and validator the endpoints use.
    private ImportSchema<TRequest> Schema(IServiceProvider services) => _schema ??= new ImportSchema<TRequest>(
        resource.Path,
        resource.References,
        services.GetRequiredService<IValidator<TRequest>>(),
        services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
}
