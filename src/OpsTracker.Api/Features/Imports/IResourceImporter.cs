namespace OpsTracker.Api.Features.Imports;

/// <summary>The import of one resource, for callers that pick the resource by name (the endpoint, the command line).</summary>
public interface IResourceImporter
{
    /// <summary>The resource's route segment: "casualties".</summary>
    string Path { get; }

    /// <summary>The resource's request type, one record of a JSON import.</summary>
    Type RequestType { get; }

    /// <summary>The CSV columns the import reads, in the export's order, for documentation.</summary>
    IReadOnlyList<string> Columns(IServiceProvider services);

    /// <summary>Reads <paramref name="body"/> and imports it, all or nothing, into the database of <paramref name="services"/>.</summary>
    Task<ImportOutcome> ImportAsync(Stream body, ImportFormat format, ImportOptions options, IServiceProvider services,
        Action<long>? progress, CancellationToken cancellationToken);
}
