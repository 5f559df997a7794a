using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Audit;

/// <summary>The audit list (admins) and the deletions feed; each record's history is mapped with its resource.</summary>
public static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", (HttpRequest request, OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken) =>
                AuditQueries.AuditAsync(request, db, kinds, cancellationToken))
            .WithTags("Audit")
            .WithName("listAuditEntries")
            .WithSummary("Every change to every record, oldest first: who, when, what, and the record before and after. Admins only.")
            .WithMetadata(new ListParametersMetadata(AuditQueries.AuditParameters))
            .RequireAuthorization(AuthPolicies.Admin)
            .Produces<PagedResponse<AuditEntryResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

        app.MapGet("/api/v1/deletions", (HttpRequest request, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                AuditQueries.DeletionsAsync(request, db, cancellationToken))
            .WithTags("Audit")
            .WithName("listDeletions")
            .WithSummary("Records deleted since a time, oldest first, so a client that syncs with updatedSince can remove them too.")
            .WithMetadata(new ListParametersMetadata(AuditQueries.DeletionParameters))
            .Produces<PagedResponse<DeletionResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
    }
}
