using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Stats;

/// <summary><c>GET /api/v1/stats/conflicts</c>: which records of one kind disagree, with what each source said (<see cref="FigureConflicts"/>).</summary>
public static class ConflictEndpoints
{
    public static void MapConflicts(this RouteGroupBuilder stats, RecordKinds kinds)
    {
        var choices = FigureConflicts.Kinds(kinds);
        IReadOnlyList<ListParameter> parameters =
        [
            new("kind", $"The kind of records compared: one of {string.Join(", ", choices)}.", "casualties", Required: true)
            {
                Kind = ListParameterKind.Choice,
                Choices = choices,
            },
            ListParameter.Date("from", "Only records the kind's list keeps for from (period overlap; figures: asOf on or after). YYYY-MM-DD.", "2025-10-01"),
            ListParameter.Date("to", "See from. YYYY-MM-DD.", "2025-11-30"),
            new("country", "ISO 3166-1 alpha-2 codes, comma-separated, for the kinds whose lists take country.", "SY") { Kind = ListParameterKind.CountryCode, Many = true },
            .. PageQuery.Parameters,
        ];

        stats.MapGet("/conflicts", (HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                ConflictsAsync(http, db, kinds, choices, parameters, cancellationToken))
            .WithName("getConflicts")
            .WithSummary("Pairs of records of one kind that report the same figure (place, forces) for overlapping dates with counts whose bounds do not overlap, with both records' citations.")
            .WithDescription("The rules, per kind: [querying.md](/docs/querying.md#conflicts).")
            .WithMetadata(new ListParametersMetadata(parameters));
    }

    private static async Task<Results<Ok<PagedResponse<ConflictPair>>, ValidationProblem>> ConflictsAsync(
        HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, IReadOnlyList<string> choices, IReadOnlyList<ListParameter> parameters,
        CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown(parameters.Select(parameter => parameter.Name).ToList());
        var kind = values.Text("kind");
        if (kind is null)
        {
            values.Errors.Add("kind", $"kind is required: one of {string.Join(", ", choices)}.");
        }
        else if (!choices.Contains(kind))
        {
            values.Errors.Add("kind", $"'{kind}' is not a kind of records that can conflict: one of {string.Join(", ", choices)}.");
        }

        var page = PageQuery.Read(values);
        var conflicts = new FigureConflicts(db, values.Without("kind", "page", "pageSize"), kind ?? "");
        kinds.VisitAll(conflicts);
        if (!values.Errors.IsEmpty || conflicts.Search is null)
        {
            return Problems.Validation(values.Errors);
        }

        var pairs = await conflicts.Search(cancellationToken);
        if (pairs is null)
        {
            return Problems.Validation(ValidationErrors.For("from",
                $"More than {FigureConflicts.MaxRecords} {kind} to compare: narrow from/to or country."));
        }

        return TypedResults.Ok(new PagedResponse<ConflictPair>
        {
            Items = pairs.Skip((int)Math.Min(page.Offset, int.MaxValue)).Take(page.PageSize).ToList(),
            Page = page.Page,
            PageSize = page.PageSize,
            TotalCount = pairs.Count,
            HasNext = page.Offset + page.PageSize < pairs.Count,
        });
    }
}
