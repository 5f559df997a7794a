using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.OpenApi;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Answers;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Exports;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;
using OpsTracker.Api.RecordEngine.Writing;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// The list, get, create, update and delete endpoints, written once and mapped for each resource from its
/// <see cref="ResourceDefinition{TEntity, TRequest, TResponse}"/>. Handlers bind, validate, write and map; the
/// rules themselves live in the validators and the definitions.
/// </summary>
public static class ResourceEndpoints
{
    public static RouteGroupBuilder MapResource<TEntity, TRequest, TResponse>(
        this IEndpointRouteBuilder app,
        ResourceDefinition<TEntity, TRequest, TResponse> resource)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var group = app.MapGroup($"/api/v1/{resource.Path}").WithTags(resource.Tag)
            .WithMetadata(new RecordKindMetadata(resource.SingularName));

        group.MapGet("/", (HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                ListAsync(resource, http, db, cancellationToken))
            .WithName($"list{resource.Tag}")
            .WithSummary($"Lists {resource.Path}: filtered, sorted, a page at a time as JSON, or every match as CSV"
                + (resource.List.HasCoordinates is null ? "." : " or GeoJSON."))
            .WithMetadata(new ListParametersMetadata(resource.List.Parameters), ValidatedAnswerMetadata.Instance)
            .Produces<PagedResponse<TResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

        group.MapGet("/{id:long}", (long id, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                GetAsync(resource, id, http, db, cancellationToken))
            .WithName($"get{RecordNames.Singular<TRequest>()}")
            .WithSummary($"Gets one {resource.SingularName} by id, with its version as a strong ETag; "
                + "If-None-Match with that ETag answers 304 while it is unchanged.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/history", (long id, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                AuditQueries.HistoryAsync(resource, id, http.Request, db, cancellationToken))
            .WithName($"get{RecordNames.Singular<TRequest>()}History")
            .WithSummary($"The changes to one {resource.SingularName}, oldest first: who, when, and its state before and after. "
                + "Deleted records keep their history.")
            .WithMetadata(new ListParametersMetadata(PageQuery.Parameters))
            .Produces<PagedResponse<AuditEntryResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        // The body handlers are held as Delegate: the ASP.NET route-handler analyzer crashes (AD0001) on a lambda
        // whose body parameter is a generic type parameter, and it does not inspect a Delegate-typed argument.
        Delegate create = ([FromBody] TRequest request, HttpContext http, OpsTrackerDbContext db, IValidator<TRequest> validator, CancellationToken cancellationToken) =>
            CreateAsync(resource, request, http, db, validator, cancellationToken);
        group.MapPost("/", create)
            .WithName($"create{RecordNames.Singular<TRequest>()}")
            .WithSummary($"Creates {RecordNames.WithArticle(resource.SingularName)}; the answer carries its ETag.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        Delegate update = (long id, [FromBody] TRequest request, HttpContext http, OpsTrackerDbContext db, IValidator<TRequest> validator, CancellationToken cancellationToken) =>
            UpdateAsync(resource, id, request, http, db, validator, cancellationToken);
        group.MapPut("/{id:long}", update)
            .WithName($"update{RecordNames.Singular<TRequest>()}")
            .WithSummary($"Replaces {RecordNames.WithArticle(resource.SingularName)}: fields left out are cleared or set to their defaults. "
                + "With If-Match, only while the record is still at that ETag (else 412).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPatch(resource);

        group.MapDelete("/{id:long}", (long id, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                DeleteAsync(resource, id, http, db, cancellationToken))
            .WithName($"delete{RecordNames.Singular<TRequest>()}")
            .WithSummary($"Deletes {RecordNames.WithArticle(resource.SingularName)} (it stays in its history and in the deletions feed); refused (409) "
                + "while other records refer to it. With If-Match, only while the record is still at that ETag (else 412).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return group;
    }

    private static async Task<IResult> ListAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var list = ResourceLists.Read(resource, http.Request, db);
        if (!list.Errors.IsEmpty)
        {
            return Problems.Validation(list.Errors);
        }

        // An export answers every match and counts none; a page says how it counted.
        if (list.CountPreferred)
        {
            http.Response.Headers["Preference-Applied"] = $"count={CountNames.Of(list.Count)}";
        }

        switch (list.Format)
        {
            case ListFormat.Csv:
                http.Response.Headers[CountNames.Header] = CountNames.Of(CountMode.None);
                return new CsvResult<TResponse>(ExportRows.ReadAsync(list.Query, resource.Export, db, http.RequestServices, cancellationToken), resource.Path);
            case ListFormat.GeoJson:
                http.Response.Headers[CountNames.Header] = CountNames.Of(CountMode.None);
                return new GeoJsonResult<TResponse>(ExportRows.ReadAsync(list.Query, resource.Export, db, http.RequestServices, cancellationToken));
        }

        var page = await ResourcePages.ReadAsync(resource, list, db, cancellationToken);
        http.Response.Headers[CountNames.Header] = CountNames.Of(page.Count);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<TResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, long id, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var found = await resource.FindVersionedAsync(db, id, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound(resource.SingularName, id);
        }

        RecordETags.Set(http.Response, found.Version);
        return RecordETags.NoneMatchHits(http.Request, found.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(found.Response);
    }

    internal static async Task<Results<Created<TResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, TRequest request, HttpContext http, OpsTrackerDbContext db,
        IValidator<TRequest> validator, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var refusal = await CheckWriteAsync(resource, request, id: null, db, validator, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value.Match<Results<Created<TResponse>, ValidationProblem, ProblemHttpResult>>(
                invalid => invalid, conflict => conflict);
        }

        var entity = new TEntity();
        resource.Apply(request, entity);
        var response = (await SaveAuditedAsync(resource, entity, AuditAction.Create, before: default, http, db,
            change: null, cancellationToken))!;
        return TypedResults.Created($"/api/v1/{resource.Path}/{entity.Id}", response);
    }

    internal static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, long id, TRequest request, HttpContext http, OpsTrackerDbContext db,
        IValidator<TRequest> validator, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return Problems.NotFound(resource.SingularName, id);
        }

        if (CheckPrecondition(resource, entity, http) is { } unmet)
        {
            return unmet.Match<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>>(invalid => invalid, failed => failed);
        }

        var refusal = await CheckWriteAsync(resource, request, id, db, validator, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value.Match<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>>(
                invalid => invalid, conflict => conflict);
        }

        var before = resource.ResponseOf(entity);
        var response = (await SaveAuditedAsync(resource, entity, AuditAction.Update, before, http, db,
            () => resource.Apply(request, entity), cancellationToken))!;
        return TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, long id, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return Problems.NotFound(resource.SingularName, id);
        }

        if (CheckPrecondition(resource, entity, http) is { } unmet)
        {
            return unmet.Match<Results<NoContent, ValidationProblem, ProblemHttpResult>>(invalid => invalid, failed => failed);
        }

        var holders = new List<string>();
        foreach (var dependents in resource.Dependents)
        {
            var count = await dependents.CountAsync(db, id, cancellationToken);
            if (count > 0)
            {
                holders.Add($"{count} {dependents.Description}");
            }
        }

        if (holders.Count > 0)
        {
            return Problems.Conflict(
                $"This {resource.SingularName} is still referred to by {string.Join(", ", holders)}. Change or delete those first.",
                new Dictionary<string, object?> { ["referencedBy"] = holders });
        }

        // A soft delete: the row stays, hidden by the query filter, so its history and id live on.
        var before = resource.ResponseOf(entity);
        await SaveAuditedAsync(resource, entity, AuditAction.Delete, before, http, db,
            () => entity.DeletedAt = StoredTime.Now(), cancellationToken);
        http.Response.Headers.Remove(HeaderNames.ETag);
        return TypedResults.NoContent();
    }

    /// <summary>A 400 for a malformed If-Match, a 412 when it names another version, else null (go ahead).</summary>
    private static WriteRefusal? CheckPrecondition<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, TEntity entity, HttpContext http)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse =>
        RecordETags.CheckIfMatch(http.Request, entity.Version) switch
        {
            Precondition.Malformed => new WriteRefusal(Problems.MalformedIfMatch()),
            Precondition.Failed => new WriteRefusal(Problems.PreconditionFailed(resource.SingularName, entity.Id, entity.Version)),
            _ => null,
        };

    /// <summary>
    /// Makes the change (a create inserts the new record through the write's context; else <paramref name="change"/>
    /// changes the stored one the request read) and saves it with its audit entry in one transaction, through the
    /// <see cref="RecordWriter"/> (which may commit it together with other requests' writes, each all-or-nothing on its
    /// own), sets the answer's ETag once committed, and returns the record as saved (the answer's body; the default for
    /// a delete), read from the entity rather than from the database again. The version is a concurrency token, so a
    /// record changed by another request since it was read fails the save (412 or 409, see ApiExceptionHandler) rather
    /// than overwriting that change. A PUT that changes nothing writes no entry.
    /// </summary>
    private static async Task<TResponse?> SaveAuditedAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, TEntity entity, AuditAction action, TResponse? before,
        HttpContext http, OpsTrackerDbContext db, Action? change, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var versionBefore = entity.Version;
        var actor = AuditTrail.ActorOf(http.User);
        var writer = http.RequestServices.GetRequiredService<RecordWriter>();

        // A stored record moves to the writer's context as the request read it (with its link rows), so that the save
        // writes only what the change changes and checks the version it was read at; the request's context lets go of it.
        var moves = action != AuditAction.Create && !writer.WritesOn(db);
        if (moves)
        {
            db.ChangeTracker.Clear();
        }

        var after = await writer.WriteAsync(db, async (write, token) =>
        {
            var writeDb = write.Db;
            if (action == AuditAction.Create)
            {
                await write.InsertAsync(entity, token);
            }
            else
            {
                if (moves)
                {
                    writeDb.Set<TEntity>().Attach(entity);
                }

                change!();
                await writeDb.SaveChangesAsync(token);
            }

            var saved = action == AuditAction.Delete ? default : resource.ResponseOf(entity);
            if (entity.Version == versionBefore && action != AuditAction.Create)
            {
                return new AuditedWrite<TResponse?>(saved, []);
            }

            List<AuditEntry> entries = [AuditTrail.Entry(resource.Path, entity.Id, action, entity.Version, actor, before, saved, entity.UpdatedAt)];

            // A source's relays changed: the records whose status that changed are new versions, by the same key.
            entries.AddRange(writeDb.TakeRelayStatusChanges().Select(relayed => relayed.ToAuditEntry(actor)));
            return new AuditedWrite<TResponse?>(saved, entries);
        }, cancellationToken);

        RecordETags.Set(http.Response, entity.Version);
        return after;
    }

    /// <summary>
    /// Everything that may refuse a write, in order: field rules (400), references to records that do not exist
    /// (400), rules that need the database (400), and unique fields another record holds (409).
    /// </summary>
    private static async Task<WriteRefusal?> CheckWriteAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, TRequest request, long? id, OpsTrackerDbContext db,
        IValidator<TRequest> validator, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var errors = new ValidationErrors();
        errors.Add(await validator.ValidateAsync(request, cancellationToken));
        if (!errors.IsEmpty)
        {
            return new WriteRefusal(Problems.Validation(errors));
        }

        foreach (var reference in resource.ReferencesOf(request))
        {
            foreach (var (field, message) in await reference.FindMissingAsync(db, cancellationToken))
            {
                errors.Add(field, message);
            }
        }

        await resource.CheckAsync(db, request, id, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return new WriteRefusal(Problems.Validation(errors));
        }

        var uniqueFields = resource.UniqueFields(request).Prepend(
            new UniqueField<TEntity>("externalId", request.ExternalId, e => e.ExternalId == request.ExternalId));
        foreach (var unique in uniqueFields)
        {
            if (unique.Value is null)
            {
                continue;
            }

            var holder = await unique.FindHolderAsync(db, id, cancellationToken);
            if (holder is not null)
            {
                return new WriteRefusal(Problems.Conflict(
                    unique.ClashMessage(resource.SingularName, holder.Value),
                    new Dictionary<string, object?> { ["field"] = unique.Field, ["existingId"] = holder }));
            }
        }

        return null;
    }
}
