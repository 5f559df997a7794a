using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Querying;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// <c>POST /api/v1/imports/{resource}</c> for every resource: reads the query and the content type, lifts the body
/// size limit to the configured one, and hands the body to the resource's importer as a stream.
/// </summary>
public static class ImportEndpoints
{
    private static readonly IReadOnlyList<ListParameter> Parameters =
    [
        ListParameter.OneOf<ImportMode>("mode", "insert (default): a record whose externalId is stored is an error. upsert: it replaces the "
            + "stored record; records without externalId are added.", "upsert", byDefault: "insert"),
        new("dryRun", "true: check everything, write nothing, answer the same report. Default false.", "true")
        {
            Kind = ListParameterKind.Flag,
            Default = "false",
        },
    ];

    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportSettings>(configuration.GetSection(ImportSettings.Section));
        services.AddSingleton<ImportCatalog>();
        services.Configure<SwaggerGenOptions>(options => options.OperationFilter<ImportBodyOperationFilter>());
        return services;
    }

    public static void MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/imports").WithTags("Imports");
        // Declaring the import's own body limit exempts it from the record limit (Limits:RecordBodyBytes): an import
        // streams its body through LengthLimitedStream below, up to Imports:MaxRequestBodyBytes.
        var bodyLimit = new RequestSizeLimitAttribute(app.ServiceProvider.GetRequiredService<IOptions<ImportSettings>>().Value.MaxRequestBodyBytes);
        foreach (var importer in app.ServiceProvider.GetRequiredService<ImportCatalog>().All)
        {
            group.MapPost($"/{importer.Path}", (HttpContext http, IOptions<ImportSettings> settings, CancellationToken cancellationToken) =>
                    ImportAsync(importer, http, settings.Value, cancellationToken))
                .WithName($"import{string.Concat(importer.Path.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]))}")
                .WithSummary($"Imports {importer.Path} from CSV, JSON or NDJSON: all records or none.")
                .WithDescription("Dry runs, upserts by externalId, the CSV columns and the limits: [imports.md](/docs/imports.md).")
                .WithMetadata(new AcceptsMetadata([.. ImportFormats.ContentTypes], typeof(List<>).MakeGenericType(importer.RequestType)))
                .WithMetadata(new ListParametersMetadata(Parameters))
                .WithMetadata(bodyLimit)
                .Produces<ImportReport>(StatusCodes.Status200OK)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        }
    }

    private static async Task<IResult> ImportAsync(IResourceImporter importer, HttpContext http, ImportSettings settings, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var query = new QueryValues(http.Request.Query, errors);
        query.RejectUnknown([.. Parameters.Select(parameter => parameter.Name)]);
        var mode = query.Enum<ImportMode>("mode") ?? ImportMode.Insert;
        var dryRun = query.Flag("dryRun");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (ImportFormats.FromContentType(http.Request.ContentType) is not { } format)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: $"Unsupported media type: send {string.Join(", ", ImportFormats.ContentTypes)} (UTF-8).");
        }

        var limit = settings.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(new ImportTooLargeException(limit));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = limit;
        }

        await using var body = new LengthLimitedStream(http.Request.Body, limit);
        try
        {
            var outcome = await importer.ImportAsync(body, format, new ImportOptions(mode, dryRun, AuditTrail.ActorOf(http.User)), http.RequestServices, null, cancellationToken);
            return outcome.Succeeded ? TypedResults.Ok(outcome.Report) : outcome.ToProblem();
        }
        catch (ImportTooLargeException tooLarge)
        {
            return TooLarge(tooLarge);
        }
        catch (BadHttpRequestException badRequest) when (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(new ImportTooLargeException(limit));
        }
    }

    private static IResult TooLarge(ImportTooLargeException exception) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: exception.Message + " Nothing was imported; split the file, or import it from the command line (docs/imports.md).");
}
