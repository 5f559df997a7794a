using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// What every answer to a fuzzed request must be: never a 5xx; a 4xx is an RFC 9457 problem (application/problem+json
/// with its status and a title), and a 400 names the fields (or lines) to blame, unless the web server refused the
/// request before the API saw it (a bare 400, 414 or 431); a 2xx JSON answer matches the schema
/// the document declares for it; and text the request stored comes back exactly as sent.
/// </summary>
public static class AnswerCheck
{
    private const string ProblemJson = "application/problem+json";

    public static async Task CheckAsync(ApiDocument document, FuzzRequest request, HttpResponseMessage response, HttpClient client, FuzzTally tally)
    {
        var status = (int)response.StatusCode;
        tally.Answered(request.Operation, status);
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        string Failure(string what) => $"{what}\nRequest: {request}\nAnswer: {status} {mediaType}: {(body.Length > 2000 ? body[..2000] + "…" : body)}";

        Assert.True(status < 500, Failure("A server error."));
        if (status is 400 or 414 or 431 && mediaType is null && body.Length == 0)
        {
            // Kestrel refused the request line or its headers (a %00 in the path, say) before the API saw it.
            return;
        }

        if (status >= 400)
        {
            Assert.True(mediaType == ProblemJson, Failure("A client error that is not application/problem+json."));
            var problem = Parse(body) as JsonObject;
            Assert.True(problem?["status"]?.GetValue<int>() == status && problem["title"] is JsonValue title && title.GetValue<string>().Length > 0,
                Failure("A problem without its status or a title."));
            if (status == 400)
            {
                // Each key names a field, a query parameter or a line; a parameter sent without a name ("?=x") is named as sent.
                var errors = problem["errors"] as JsonObject;
                Assert.True(errors is { Count: > 0 } && errors.All(error => (error.Key.Length > 0 || request.PathAndQuery.Contains("?=", StringComparison.Ordinal)
                        || request.PathAndQuery.Contains("&=", StringComparison.Ordinal))
                        && error.Value is JsonArray { Count: > 0 } messages && messages.All(message => message?.GetValue<string>().Length > 0)),
                    Failure("A 400 that names no field."));
            }

            return;
        }

        if (mediaType is "application/json" && body.Length > 0
            && request.Operation.Responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var declared)
            && declared.TryGetValue("application/json", out var schema))
        {
            var mismatches = SchemaCheck.Mismatches(document, schema, Parse(body));
            Assert.True(mismatches.Count == 0, Failure($"The answer does not match its declared schema: {string.Join("; ", mismatches.Take(10))}"));
        }

        if (request.SentRecords is { Count: > 0 } sent && status is >= 200 and < 300)
        {
            foreach (var stored in await StoredAsync(request, status, body, client))
            {
                var match = sent.OfType<JsonObject>().FirstOrDefault(record => SameRecord(record, stored, sent.Count));
                if (match is not null)
                {
                    var changed = TextEcho.Mismatches(match, stored);
                    tally.ComparedText();
                    Assert.True(changed.Count == 0, Failure($"Text came back changed: {string.Join("; ", changed)}"));
                }
            }
        }
    }

    /// <summary>
    /// The records as stored after a write that sent text: the answer itself and the record read again for a POST or
    /// PUT; the most recently changed records of the resource for an import.
    /// </summary>
    private static async Task<List<JsonObject>> StoredAsync(FuzzRequest request, int status, string body, HttpClient client)
    {
        var operation = request.Operation;
        if (operation.IsImport)
        {
            var report = Parse(body) as JsonObject;
            if (report?["dryRun"]?.GetValue<bool>() != false)
            {
                return [];
            }

            var resource = "/api/v1/" + operation.PathTemplate["/api/v1/imports/".Length..];
            var page = await ReadAsync(client, $"{resource}?sort=-updatedAt,-id&pageSize=20");
            return page?["items"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        }

        if (Parse(body) is not JsonObject answered || answered["id"] is not JsonValue id || status == (int)HttpStatusCode.NoContent)
        {
            return [];
        }

        var again = await ReadAsync(client, $"{operation.Collection}/{id}");
        return again is null ? [answered] : [answered, again];
    }

    /// <summary>The sent record that <paramref name="stored"/> is: the one with its externalId, or the only one sent.</summary>
    private static bool SameRecord(JsonObject sent, JsonObject stored, int sentCount) =>
        sent["externalId"] is JsonValue externalId
            ? stored["externalId"] is JsonValue storedId && externalId.GetValue<string>() == storedId.GetValue<string>()
            : sentCount == 1;

    private static async Task<JsonObject?> ReadAsync(HttpClient client, string path)
    {
        using var answer = await client.GetAsync(path);
        return answer.IsSuccessStatusCode ? Parse(await answer.Content.ReadAsStringAsync()) as JsonObject : null;
    }

    private static JsonNode? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
