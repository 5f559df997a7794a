using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Features.Imports;

/// <summary>The importer of every resource, in the order records load into an empty database.</summary>
public sealed class ImportCatalog : IResourceVisitor
{
    private readonly List<IResourceImporter> _importers = [];

    public ImportCatalog(RecordKinds kinds) => kinds.VisitAll(this);

    public IReadOnlyList<IResourceImporter> All => _importers;

    public IResourceImporter? Find(string path) => _importers.FirstOrDefault(importer => importer.Path == path);

    void IResourceVisitor.Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource) =>
        _importers.Add(new ResourceImporter<TEntity, TRequest, TResponse>(resource));
}
