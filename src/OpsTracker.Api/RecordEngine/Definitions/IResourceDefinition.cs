using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>A resource's definition seen without its types: its names, and what the engine does with every definition.</summary>
public interface IResourceDefinition
{
    /// <summary>The route segment under /api/v1: "casualties".</summary>
    string Path { get; }

    /// <summary>The Swagger tag: "Casualties".</summary>
    string Tag { get; }

    /// <summary>What the kind's records are: the Swagger tag's description.</summary>
    string Description { get; }

    /// <summary>"casualty record".</summary>
    string SingularName { get; }

    /// <summary>"casualty records".</summary>
    string PluralName { get; }

    /// <summary>The record's entity type.</summary>
    Type EntityType { get; }

    /// <summary>The record table, from the EF model (once built).</summary>
    string Table { get; }

    /// <summary>The kinds of records that refer to a record of this kind, and so block its delete (once built).</summary>
    IReadOnlyList<DependentRecords> Dependents { get; }

    /// <summary>The live record with this id as its GET answers it, or null: for answers that gather records of several kinds.</summary>
    Task<object?> FindResponseAsync(OpsTrackerDbContext db, long id, CancellationToken cancellationToken);

    /// <summary>
    /// The fields through which the kind's records name a person without a foreign key (a statement's <c>about</c>
    /// links), beyond those the EF model shows (<see cref="Dependents"/>); empty for most kinds.
    /// </summary>
    IReadOnlyList<string> UnkeyedPersonFields { get; }

    /// <summary>
    /// The live records naming the person by any field (keyed or not): how many, and the ids of the first
    /// <paramref name="limit"/>, ascending; null where the kind names no person.
    /// </summary>
    Task<(int Count, List<long> Ids)?> NamingPersonAsync(OpsTrackerDbContext db, long personId, int limit, CancellationToken cancellationToken);

    /// <summary>Maps endpoints of the kind's own beside the CRUD ones (a series of its figures); none by default.</summary>
    void MapOwnEndpoints(IEndpointRouteBuilder api);

    /// <summary>Hands the definition, with its own types, to <paramref name="visitor"/>.</summary>
    void Accept(IResourceVisitor visitor);

    /// <summary>Builds what serves requests, once (see <see cref="RecordKinds"/>).</summary>
    void Build(IModel model, IReadOnlyList<IResourceDefinition> all);

    /// <summary>This kind's records that refer to a record of <paramref name="principal"/>, or null if none can.</summary>
    DependentRecords? DependentsOn(IModel model, IEntityType principal, string description);
}
