using System.Text.Json.Nodes;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// An example of each error answer, worded as the API words it (Problems, the auth and rate-limit handlers, the body
/// limit): an RFC 9457 problem with the type ASP.NET Core gives its status and the request's trace id.
/// </summary>
public static class ProblemExamples
{
    private const string TraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

    /// <summary>What each status means for a client, shown as the response's description.</summary>
    public static string Describe(int status) => status switch
    {
        400 => "Invalid input: every field or parameter at fault is named in errors, and nothing was written.",
        401 => "No valid API key: none was sent, or the one sent is unknown or revoked.",
        403 => "The API key's role does not allow this call.",
        404 => "No record has this id (or it was deleted).",
        409 => "The request conflicts with stored records: a unique field another record holds, or records that still refer to this one.",
        412 => "The record has changed since the version If-Match names; nothing was written.",
        413 => "The request body is larger than the server accepts; nothing was written.",
        415 => "The body is not in a media type this operation takes.",
        429 => "Too many requests from this API key or address: wait Retry-After seconds.",
        503 => "The database stayed busy with other writes: retry after Retry-After seconds.",
        _ => "The request could not be handled.",
    };

    /// <summary>
    /// A real answer of <paramref name="status"/> for an operation: <paramref name="recordName"/> names the record kind
    /// ("casualty record") where the operation has one, <paramref name="hasBody"/> says whether its input is a body.
    /// </summary>
    public static JsonObject For(int status, string method, string? recordName, bool hasBody)
    {
        var name = recordName ?? "casualty record";
        var problem = status switch
        {
            400 => Problem(400, "15.5.1", "The request has invalid fields.", null, new JsonObject
            {
                ["errors"] = hasBody
                    ? new JsonObject
                    {
                        ["sourceIds[1]"] = new JsonArray("There is no source with id 99."),
                        ["count.best"] = new JsonArray("best cannot be negative."),
                    }
                    : new JsonObject { ["pageSize"] = new JsonArray("pageSize must be between 1 and 500.") },
            }),
            401 when method == "GET" => Problem(401, "15.5.2", "The API key is not valid.", "The key sent in X-Api-Key is unknown or has been revoked."),
            401 => Problem(401, "15.5.2", "An API key is required.", "Send a key in the X-Api-Key header. This call needs the editor role."),
            403 => Problem(403, "15.5.4", "The API key's role does not allow this call.",
                "The key 'jane-laptop' has the reader role. This call needs the editor role."),
            404 => Problem(404, "15.5.5", "Not found.", $"There is no {name} with id 42."),
            409 when method == "DELETE" => Problem(409, "15.5.10", "The request conflicts with stored records.",
                $"This {name} is still referred to by 2 casualty records. Change or delete those first.",
                new JsonObject { ["referencedBy"] = new JsonArray("2 casualty records") }),
            409 => Problem(409, "15.5.10", "The request conflicts with stored records.",
                $"Another {name} (id 7) already has externalId 'centcom-2025-11-13-killed'.",
                new JsonObject { ["field"] = "externalId", ["existingId"] = 7 }),
            412 => Problem(412, "15.5.13", "The record has changed.",
                $"The {name} with id 42 is now at version 4, not the one If-Match names. GET it again, reapply your change and send the new ETag.",
                new JsonObject { ["currentETag"] = "\"4\"" }),
            413 => Problem(413, "15.5.14", "The request body is too large.",
                "The body is larger than this server's limit of 1,048,576 bytes for a request (Limits:RecordBodyBytes). Nothing was written. "
                + "Load many records at once with an import (docs/imports.md)."),
            415 => Problem(415, "15.5.16", "Unsupported Media Type", null),
            429 => Problem(429, null, "Too many requests.",
                "Retry after 30 seconds. The limit is 600 requests every 60 seconds per client address without an API key."),
            503 => Problem(503, "15.6.4", "The database is busy.", "Other writes held the database for longer than the busy timeout. Retry shortly."),
            _ => Problem(status, null, "The request could not be handled.", null),
        };
        return problem;
    }

    private static JsonObject Problem(int status, string? section, string title, string? detail, JsonObject? extensions = null)
    {
        var problem = new JsonObject();
        if (section is not null)
        {
            problem["type"] = $"https://tools.ietf.org/html/rfc9110#section-{section}";
        }

        problem["title"] = title;
        problem["status"] = status;
        if (detail is not null)
        {
            problem["detail"] = detail;
        }

        foreach (var (key, value) in extensions ?? [])
        {
            problem[key] = value?.DeepClone();
        }

        problem["traceId"] = TraceId;
        return problem;
    }
}
