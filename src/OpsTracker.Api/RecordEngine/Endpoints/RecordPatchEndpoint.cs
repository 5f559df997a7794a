using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.OpenApi;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// <c>PATCH /api/v1/{resource}/{id}</c> with an RFC 7396 merge patch (<c>application/merge-patch+json</c>): the stored
/// record, read back as its request, with the patch applied, then written exactly as a PUT of that merged request
/// would be (the same validation, references, unique fields, If-Match and audit entry), so a client changes one field
/// without sending, or clearing, the others.
/// </summary>
public static class RecordPatchEndpoint
{
    public const string MediaType = "application/merge-patch+json";

    // Read as sent, a field given twice included, so that JsonFaults names it (the parser's own error does not).
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = true, MaxDepth = 32 };

    public static void MapPatch<TEntity, TRequest, TResponse>(this RouteGroupBuilder group, ResourceDefinition<TEntity, TRequest, TResponse> resource)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        Delegate patch = (long id, HttpContext http, OpsTrackerDbContext db, IValidator<TRequest> validator, IOptions<JsonOptions> json,
                CancellationToken cancellationToken) =>
            PatchAsync(resource, id, http, db, validator, json.Value.SerializerOptions, cancellationToken);
        group.MapPatch("/{id:long}", patch)
            .WithName($"patch{RecordNames.Singular<TRequest>()}")
            .WithSummary($"Changes some fields of {RecordNames.WithArticle(resource.SingularName)} with a JSON merge patch (RFC 7396): "
                + "fields left out keep their values, null clears one. With If-Match, only while the record is still at that ETag (else 412).")
            .WithMetadata(new MergePatchMetadata(typeof(TRequest)))
            .Produces<TResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> PatchAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, long id, HttpContext http, OpsTrackerDbContext db,
        IValidator<TRequest> validator, JsonSerializerOptions options, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        if (!IsMergePatch(http.Request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: $"Unsupported media type: send {MediaType} (UTF-8).",
                detail: "A PATCH body is a JSON merge patch (RFC 7396) of the fields to change; to replace the whole record, PUT it.");
        }

        JsonObject patch;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, DocumentOptions, cancellationToken);
            if (JsonFaults.Find(document.RootElement, "") is { } fault)
            {
                return Problems.Validation(ValidationErrors.For(fault.Field.Length == 0 ? "body" : fault.Field, fault.Message));
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Problems.Validation(ValidationErrors.For("body", "A merge patch of a record is a JSON object of the fields to change."));
            }

            patch = JsonObject.Create(document.RootElement.Clone())!;
        }
        catch (JsonException exception)
        {
            var (field, message) = JsonErrors.Describe(exception);
            return Problems.Validation(ValidationErrors.For(field, message));
        }

        var found = await resource.FindVersionedAsync(db, id, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound(resource.SingularName, id);
        }

        // The precondition is about the record as it is, so it is answered before the patch is looked at.
        switch (RecordETags.CheckIfMatch(http.Request, found.Version))
        {
            case Precondition.Malformed:
                return Problems.MalformedIfMatch();
            case Precondition.Failed:
                return Problems.PreconditionFailed(resource.SingularName, id, found.Version);
        }

        TRequest? request;
        try
        {
            var merged = MergePatch.Apply(WithoutTheOtherCitationList(AsRequest(found.Response, typeof(TRequest), options), patch.AsObject()), patch);
            request = merged.Deserialize<TRequest>(options);
        }
        catch (JsonException exception)
        {
            var (field, message) = JsonErrors.Describe(exception);
            return Problems.Validation(ValidationErrors.For(field, message));
        }
        catch (InvalidOperationException exception) when (exception.InnerException is DecoderFallbackException or null)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON syntax but no text: it cannot be stored as sent.
            return Problems.Validation(ValidationErrors.For("body", "The patch holds text that is not valid Unicode."));
        }

        var result = await ResourceEndpoints.UpdateAsync(resource, id, request!, http, db, validator, cancellationToken);
        return result.Result;
    }

    /// <summary>The stored record as the request that would write it: its response's fields that the request has.</summary>
    private static JsonObject AsRequest<TResponse>(TResponse response, Type requestType, JsonSerializerOptions options)
    {
        var fields = options.GetTypeInfo(requestType).Properties.Select(property => property.Name).ToHashSet(StringComparer.Ordinal);
        var record = JsonSerializer.SerializeToNode(response, options)!.AsObject();
        foreach (var name in record.Select(member => member.Key).Where(name => !fields.Contains(name)).ToList())
        {
            record.Remove(name);
        }

        return record;
    }

    /// <summary>
    /// A record's citations are stored once but read back twice, as <c>sourceIds</c> and as <c>citations</c>. A patch
    /// that sets one of them replaces the citations: the stored form of the other is dropped, except that a patch of
    /// <c>sourceIds</c> keeps the claims of the sources it still lists (a source added is cited with no claim).
    /// </summary>
    private static JsonObject WithoutTheOtherCitationList(JsonObject stored, JsonObject patch)
    {
        const string sourceIds = "sourceIds", citations = "citations";
        if (patch.ContainsKey(citations))
        {
            stored.Remove(sourceIds);
        }
        else if (patch.ContainsKey(sourceIds) && stored[citations] is JsonArray kept)
        {
            var listed = (patch[sourceIds] as JsonArray)?.Select(id => id is JsonValue value && value.TryGetValue<long>(out var number) ? number : 0).ToHashSet() ?? [];
            foreach (var citation in kept.Where(citation => citation?["sourceId"]?.GetValue<long>() is not { } id || !listed.Contains(id)).ToList())
            {
                kept.Remove(citation);
            }
        }

        return stored;
    }

    private static bool IsMergePatch(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
