using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.ApiKeys;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Audit;

/// <summary>
/// The three views of the audit trail: one record's history, the admins' audit list, and the deletions feed. All
/// are oldest first (entry order), so a client can page through them as they grow.
/// </summary>
public static class AuditQueries
{
    /// <summary>What the audit trail has entries for: every resource's records, API keys, and decisions on reports' drafts.</summary>
    private static readonly IReadOnlyList<string> AuditedPaths = [.. ResourceRegistration.Paths, ApiKeyStore.AuditResource, ReportStore.AuditResource];

    public static readonly IReadOnlyList<ListParameter> AuditParameters =
    [
        new("resource", $"Only changes to this resource: {string.Join(", ", AuditedPaths)}.", "casualties")
        {
            Kind = ListParameterKind.Choice, Choices = AuditedPaths,
        },
        new("id", "Only changes to the record with this id (with resource).", "42") { Kind = ListParameterKind.Id },
        new("keyName", "Only changes made with the API key of this name.", "analyst-1"),
        ListParameter.OneOf<AuditAction>("action", "Only changes of this kind: create, update, delete, revoke (an API key), accept or reject (a report's draft), or import (one entry per import).", "delete"),
        ListParameter.Timestamp("from", "Only changes at or after this ISO 8601 timestamp.", "2025-11-01T00:00:00Z"),
        ListParameter.Timestamp("to", "Only changes at or before this ISO 8601 timestamp.", "2025-12-01T00:00:00Z"),
        .. PageQuery.Parameters,
    ];

    public static readonly IReadOnlyList<ListParameter> DeletionParameters =
    [
        ListParameter.Timestamp("since", "Only records deleted at or after this ISO 8601 timestamp: the deletedAt of the last deletion seen.", "2025-11-13T00:00:00Z"),
        new("resource", "Only deletions of this resource.", "casualties") { Kind = ListParameterKind.Choice, Choices = ResourceRegistration.Paths },
        .. PageQuery.Parameters,
    ];

    public static async Task<IResult> HistoryAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, long id, HttpRequest request, OpsTrackerDbContext db,
        CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var values = new QueryValues(request.Query, new ValidationErrors());
        values.RejectUnknown(PageQuery.Parameters.Select(parameter => parameter.Name).ToList());
        var page = PageQuery.Read(values);
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        // Deleted records keep their history, so the query filter that hides them elsewhere is lifted here.
        if (!await db.Set<TEntity>().IgnoreQueryFilters().AnyAsync(e => e.Id == id, cancellationToken))
        {
            return Problems.NotFound(resource.SingularName, id);
        }

        // Which key made each change is the admins' to know (the audit list is theirs too); others see what and when.
        var entries = db.Set<AuditEntry>().Where(e => e.Resource == resource.Path && e.RecordId == id);
        var showKeyNames = RoleClaims.Meets(request.HttpContext.User, ApiKeyRole.Admin);
        var created = await ImportedHistory.CreatedEntryAsync(db, resource, id, showKeyNames, cancellationToken);
        return TypedResults.Ok(await PageAsync(entries, created, page, showKeyNames, cancellationToken));
    }

    public static async Task<IResult> AuditAsync(HttpRequest request, OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken)
    {
        var values = new QueryValues(request.Query, new ValidationErrors());
        values.RejectUnknown(AuditParameters.Select(parameter => parameter.Name).ToList());
        var resource = ResourcePath(values, AuditedPaths);
        var ids = values.Ids("id");
        var keyName = values.Text("keyName");
        var action = values.Enum<AuditAction>("action");
        var from = values.Timestamp("from");
        var to = values.Timestamp("to");
        var page = PageQuery.Read(values);
        if (ids is { Count: > 1 })
        {
            values.Errors.Add("id", "Give one id.");
        }

        if (ids is not null && resource is null)
        {
            values.Errors.Add("id", "An id names a record only together with resource.");
        }

        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        // One record's entries are its history, which starts with an entry derived from the import that created it, if
        // one did; it is listed when it meets the filters, as a stored entry would be.
        AuditEntryResponse? created = null;
        if (ids is [var recordId] && kinds.All.FirstOrDefault(definition => definition.Path == resource) is { } recordKind
            && await ImportedHistory.CreatedEntryAsync(db, recordKind, recordId, showKeyName: true, cancellationToken) is { } derived
            && (keyName is null || derived.KeyName == keyName)
            && (action is null or AuditAction.Create)
            && (from is not { } after || derived.At >= after)
            && (to is not { } before || derived.At <= before))
        {
            created = derived;
        }

        var entries = db.Set<AuditEntry>().AsQueryable();
        if (resource is not null)
        {
            entries = entries.Where(e => e.Resource == resource);
        }

        if (ids is [var id])
        {
            entries = entries.Where(e => e.RecordId == id);
        }

        if (keyName is not null)
        {
            entries = entries.Where(e => e.KeyName == keyName);
        }

        if (action is { } kind)
        {
            entries = entries.Where(e => e.Action == kind);
        }

        if (from is { } start)
        {
            entries = entries.Where(e => e.At >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.At <= end);
        }

        return TypedResults.Ok(await PageAsync(entries, created, page, showKeyNames: true, cancellationToken));
    }

    public static async Task<IResult> DeletionsAsync(HttpRequest request, OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var values = new QueryValues(request.Query, new ValidationErrors());
        values.RejectUnknown(DeletionParameters.Select(parameter => parameter.Name).ToList());
        var since = values.Timestamp("since");
        var resource = ResourcePath(values, ResourceRegistration.Paths);
        var page = PageQuery.Read(values);
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        var deletions = db.Set<AuditEntry>().Where(e => e.Action == AuditAction.Delete);
        if (since is { } start)
        {
            deletions = deletions.Where(e => e.At >= start);
        }

        if (resource is not null)
        {
            deletions = deletions.Where(e => e.Resource == resource);
        }

        var feed = deletions.OrderBy(e => e.Id)
            .Select(e => new DeletionResponse { Resource = e.Resource, Id = e.RecordId, DeletedAt = e.At });
        return TypedResults.Ok(await feed.ToPageAsync(page, deletion => deletion, cancellationToken));
    }

    private static string? ResourcePath(QueryValues values, IReadOnlyList<string> paths)
    {
        var resource = values.Text("resource");
        if (resource is not null && !paths.Contains(resource))
        {
            values.Errors.Add("resource", $"'{resource}' is not a resource. The resources are: {string.Join(", ", paths)}.");
            return null;
        }

        return resource;
    }

    /// <summary>A page of <paramref name="entries"/> in entry order, after <paramref name="first"/> when a record's history starts with a derived entry.</summary>
    private static async Task<PagedResponse<AuditEntryResponse>> PageAsync(IQueryable<AuditEntry> entries, AuditEntryResponse? first,
        PageQuery page, bool showKeyNames, CancellationToken cancellationToken)
    {
        var ordered = entries.OrderBy(e => e.Id);
        if (first is null)
        {
            return await ordered.ToPageAsync(page, entry => AuditEntryResponse.From(entry, showKeyNames), cancellationToken);
        }

        var totalCount = await ordered.CountAsync(cancellationToken) + 1;
        var items = new List<AuditEntryResponse>(page.PageSize);
        if (page.Offset == 0)
        {
            items.Add(first);
        }

        // The derived entry comes before every stored one (the record was created first), so it takes the first place.
        var skip = Math.Max(0, page.Offset - 1);
        var rows = await ordered.Skip((int)Math.Min(skip, int.MaxValue)).Take(page.PageSize - items.Count).ToListAsync(cancellationToken);
        items.AddRange(rows.Select(entry => AuditEntryResponse.From(entry, showKeyNames)));
        return new PagedResponse<AuditEntryResponse>
        {
            Items = items,
            Page = page.Page,
            PageSize = page.PageSize,
            TotalCount = totalCount,
            HasNext = page.Offset + items.Count < totalCount,
        };
    }
}
