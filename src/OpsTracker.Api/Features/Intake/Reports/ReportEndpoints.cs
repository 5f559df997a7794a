using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.OpenApi;
using OpsTracker.Api.Infrastructure.Security;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// <c>/api/v1/reports</c>: a report's text in, draft records out, each accepted or rejected by an analyst; and
/// <c>/api/v1/sources/{id}/text</c>, the text a source was read from. The work is done by <see cref="ReportStore"/>.
/// </summary>
public static class ReportEndpoints
{
    private const string Path = "/api/v1/reports";
    private const string Tag = "Reports";
    private const string DraftNumber = "The draft's number within its report, as in its `n` field.";

    private static readonly JsonDocumentOptions EditOptions = new() { AllowDuplicateProperties = false, MaxDepth = 32 };

    private static readonly IReadOnlyList<ListParameter> ListParameters =
    [
        ListParameter.OneOf<DraftStatus>("status", "Only reports with a draft in this status: pending lists the reports awaiting review.", "pending"),
        .. PageQuery.Parameters,
    ];

    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddScoped<ReportStore>().AddSingleton<RecordCreator>().AddSingleton<ExtractorCache>();

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags(Tag);

        group.MapPost("/", PostAsync)
            .WithName("createReport")
            .WithSummary("Stores a report's text with its source and reads draft records from it, each with the passage it comes from. "
                + "Nothing is counted until a draft is accepted. The same text posted again for its source answers 200 with the stored report.")
            .WithMetadata(DocumentBodyMetadata.Instance)
            .Produces<ReportResponse>(StatusCodes.Status201Created)
            .Produces<ReportResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", ListAsync)
            .WithName("listReports")
            .WithSummary("Lists reports in id order with their drafts, a page at a time; status=pending gives those awaiting review.")
            .WithMetadata(new ListParametersMetadata(ListParameters))
            .Produces<PagedResponse<ReportResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

        group.MapGet("/{id:long}", GetAsync)
            .WithName("getReport")
            .WithSummary("Gets one report and its drafts.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/drafts/{n:int}/accept", AcceptAsync)
            .WithName("acceptDraft")
            .WithSummary("Accepts a draft: posts its record to its kind, validated exactly as a POST there, citing the report's source. "
                + "An optional body is a JSON merge patch of the record (fill what the draft is missing, correct what it misread). "
                + "201 with the record and its Location; a draft already decided is a 409.")
            .WithMetadata(new PathParameterExample("n", 1, DraftNumber))
            .Accepts<DraftEdits>("application/json")
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/drafts/{n:int}/reject", RejectAsync)
            .WithName("rejectDraft")
            .WithSummary("Rejects a draft: it stays in its report, marked rejected, and is never counted; a draft already decided is a 409.")
            .WithMetadata(new PathParameterExample("n", 2, DraftNumber))
            .Produces<DraftResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/v1/sources/{id:long}/text", TextAsync)
            .WithTags(Tag)
            .WithName("getSourceText")
            .WithMetadata(new PathParameterExample("id", 4, "The source's id, as in its `id` field (the sample data holds the text of source 4, the Shafaq News report)."))
            .WithSummary("Gets the text a source was read from, exactly as it was posted, with its SHA-256.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<IResult> PostAsync(ReportRequest request, HttpContext http, IValidator<ReportRequest> validator, ReportStore store,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Add(await validator.ValidateAsync(request, cancellationToken));
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var posting = await store.PostAsync(request, http, cancellationToken);
        return posting switch
        {
            { Refusal: { } refusal } => refusal,
            { IsNew: true, Report: { } report } => TypedResults.Created($"{Path}/{report.Id}", report),
            _ => TypedResults.Ok(posting.Report),
        };
    }

    private static async Task<IResult> ListAsync(HttpContext http, ReportStore store, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown(ListParameters.Select(p => p.Name).ToList());
        var status = values.Enum<DraftStatus>("status");
        var page = PageQuery.Read(values);
        return values.Errors.IsEmpty
            ? TypedResults.Ok(await store.ListAsync(status, page, cancellationToken))
            : Problems.Validation(values.Errors);
    }

    private static async Task<Results<Ok<ReportResponse>, ProblemHttpResult>> GetAsync(long id, ReportStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } report ? TypedResults.Ok(report) : Problems.NotFound("report", id);

    private static async Task<IResult> AcceptAsync(long id, int n, HttpContext http, ReportStore store, CancellationToken cancellationToken)
    {
        JsonObject? edits = null;
        if (http.Request.ContentLength is not 0 && (http.Request.ContentLength is > 0 || http.Request.ContentType is not null))
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body, documentOptions: EditOptions, cancellationToken: cancellationToken);
            }
            catch (JsonException exception)
            {
                var (field, message) = JsonErrors.Describe(exception);
                return Problems.Validation(ValidationErrors.For(field, message));
            }

            if (body is not (JsonObject or null))
            {
                return Problems.Validation(ValidationErrors.For("body",
                    "An accept's body is a JSON merge patch of the draft's record: an object of the fields to change (null clears one)."));
            }

            edits = body as JsonObject;
        }

        return await store.AcceptAsync(id, n, edits, http, cancellationToken);
    }

    private static Task<IResult> RejectAsync(long id, int n, HttpContext http, ReportStore store, CancellationToken cancellationToken) =>
        store.RejectAsync(id, n, http, cancellationToken);

    private static async Task<Results<Ok<SourceTextResponse>, ProblemHttpResult>> TextAsync(long id, ReportStore store, CancellationToken cancellationToken) =>
        await store.TextOfAsync(id, cancellationToken) is { } text
            ? TypedResults.Ok(text)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"Source {id} has no stored text: post its text to {Path} to store it and read its drafts.");
}
