using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// <c>GET /api/v1/persons/{id}/records</c>: every record that names the person, across kinds. The kinds are those whose
/// link rows refer to a person in the EF model (<see cref="IResourceDefinition.Dependents"/>, the same the delete
/// protection reads), so a kind that gains a person list is listed here without a change to this endpoint.
/// </summary>
public static class PersonRecordsEndpoint
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static readonly ListParameter Limit = new("limit", $"Records per kind, the first by id, 1 to {MaxLimit} (default {DefaultLimit}).", "50")
    {
        Kind = ListParameterKind.WholeNumber,
        Minimum = 1,
        Maximum = MaxLimit,
        Default = $"{DefaultLimit}",
    };

    public static void MapPersonRecords(this IEndpointRouteBuilder api, PersonResource resource) =>
        api.MapGet($"/api/v1/{resource.Path}/{{id:long}}/records", (long id, HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken) =>
                RecordsAsync(resource, id, http, db, kinds, cancellationToken))
            .WithTags(resource.Tag)
            .WithName("getPersonRecords")
            .WithSummary("Every record that names the person (arrests, casualties: every kind with a person list), kind by kind, "
                + "each kind's total and its first records by id.")
            .WithMetadata(new ListParametersMetadata([Limit]))
            .Produces<PersonRecordsResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PersonRecordsResponse>, ValidationProblem, ProblemHttpResult>> RecordsAsync(
        PersonResource resource, long id, HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown([Limit.Name]);
        var limit = PageQuery.ReadNumber(values, Limit.Name, 1, MaxLimit, DefaultLimit, $"limit must be between 1 and {MaxLimit}.");
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        if (await resource.FindVersionedAsync(db, id, cancellationToken) is null)
        {
            return Problems.NotFound(resource.SingularName, id);
        }

        var found = new List<PersonRecordsOfKind>();
        foreach (var dependents in resource.Dependents)
        {
            var kind = kinds.All.Single(candidate => candidate.Path == dependents.Path);

            // A kind that also names persons without a foreign key (a statement about a person) counts those too.
            var (totalCount, ids) = await kind.NamingPersonAsync(db, id, limit, cancellationToken)
                ?? (await dependents.CountAsync(db, id, cancellationToken), await dependents.IdsAsync(db, id, limit, cancellationToken));
            var records = new List<object>();
            foreach (var recordId in ids)
            {
                if (await kind.FindResponseAsync(db, recordId, cancellationToken) is { } record)
                {
                    records.Add(record);
                }
            }

            found.Add(new PersonRecordsOfKind
            {
                Kind = dependents.Path,
                Fields = [.. dependents.Fields, .. kind.UnkeyedPersonFields],
                TotalCount = totalCount,
                Records = records,
            });
        }

        return TypedResults.Ok(new PersonRecordsResponse { PersonId = id, Kinds = found });
    }
}
