using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.OpenApi;

/// <summary>
/// What Swagger UI's "Try it out" sends on a first click, sent for every operation of the document against a newly
/// loaded sample database: its required parameters' examples, its path id's example and its body example, as they
/// are. Each must succeed. Examples that cannot meet share a database: the reads; the writes, one record of each kind;
/// and each of the three forms of the imports (two forms of one import would rightly clash on a unique name). A PUT,
/// PATCH or DELETE, and a read of a kind the sample data has none of (API keys), is sent to the record its kind's create
/// example has just made: changing or deleting a sample record that others cite is rightly refused.
/// </summary>
public sealed class ExampleRequestsTests
{
    [Fact]
    public async Task Every_operations_example_request_succeeds_against_the_sample_data()
    {
        using var reads = new ApiFactory().WithSampleData().WithPooledConnections();
        using var readClient = reads.CreateClient();
        var document = await readClient.GetObjectAsync(DocumentOperation.DocumentPath);
        var operations = DocumentOperation.All(document).ToList();
        var sent = new List<string>();

        // The reads of what the sample data has.
        var madeByWrites = new List<DocumentOperation>();
        foreach (var operation in operations.Where(operation => operation.Method == "GET"))
        {
            var collection = CollectionOf(operation);
            if (collection == operation.Path || await readClient.CountAsync(collection) > 0)
            {
                sent.AddRange(await SendAsync(readClient, operation, createdId: null, mediaType: null));
            }
            else
            {
                madeByWrites.Add(operation);
            }
        }

        // The writes: each kind's create first, then what acts on the record it made.
        var imports = operations.Where(operation => operation.Path.StartsWith("/api/v1/imports/", StringComparison.Ordinal)).ToList();
        using (var writes = new ApiFactory().WithSampleData().WithPooledConnections())
        using (var client = writes.CreateClient())
        {
            var created = new Dictionary<string, long>(StringComparer.Ordinal);
            // An action on a record (a draft's accept) is a POST to a path of the record: not a create, sent after them.
            var actions = operations.Where(operation => operation.Method == "POST" && operation.Path.Contains('{', StringComparison.Ordinal)).ToList();
            foreach (var create in operations.Where(operation => operation.Method == "POST").Except(imports).Except(actions))
            {
                var made = await SendAsync(client, create, createdId: null, mediaType: null);
                sent.AddRange(made);
                created[create.Path] = long.Parse(made.Single().Split(" => ")[1], System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (var action in actions)
            {
                sent.AddRange(await SendAsync(client, action, createdId: null, mediaType: null));
            }

            foreach (var operation in madeByWrites.Concat(operations.Where(operation => operation.Method is "PUT" or "PATCH"))
                .Concat(operations.Where(operation => operation.Method is "DELETE")))
            {
                sent.AddRange(await SendAsync(client, operation, created[CollectionOf(operation)], mediaType: null));
            }
        }

        foreach (var mediaType in imports.SelectMany(import => import.Operation["requestBody"]!["content"]!.AsObject().Select(media => media.Key)).Distinct())
        {
            using var fresh = new ApiFactory().WithSampleData().WithPooledConnections();
            using var client = fresh.CreateClient();
            foreach (var import in imports)
            {
                sent.AddRange(await SendAsync(client, import, createdId: null, mediaType));
            }
        }

        // Every operation was tried, and the three forms of each import.
        Assert.Equal(operations.Count + (2 * imports.Count), sent.Count);
    }

    private static string CollectionOf(DocumentOperation operation) => operation.Path.Split("/{id}")[0];

    /// <summary>Sends the operation's example requests, failing unless each succeeds; for a 201, "=> id" of what it made.</summary>
    private static async Task<List<string>> SendAsync(HttpClient client, DocumentOperation operation, long? createdId, string? mediaType)
    {
        var sent = new List<string>();
        foreach (var request in Requests(operation, createdId, mediaType))
        {
            using (request)
            {
                var description = $"{request.Method} {request.RequestUri} ({request.Content?.Headers.ContentType?.MediaType ?? "no body"})";
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"{operation.Id}: {description} answered {(int)response.StatusCode}: {body}");
                sent.Add(response.StatusCode == System.Net.HttpStatusCode.Created ? $"{description} => {JsonNode.Parse(body)!["id"]}" : description);
            }
        }

        return sent;
    }

    /// <summary>The operation's example requests: one per media type of its body, or only <paramref name="mediaType"/>'s.</summary>
    private static IEnumerable<HttpRequestMessage> Requests(DocumentOperation operation, long? createdId, string? mediaType)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p["in"]!.GetValue<string>() == "path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = name == "id" && createdId is not null ? createdId.Value : parameter["example"]!.GetValue<long>();
            path = path.Replace($"{{{name}}}", value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var query = string.Join('&', operation.Parameters
            .Where(p => p["in"]!.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() == true)
            .Select(p =>
            {
                Assert.True(p["example"] is not null, $"{operation}: the required parameter {p["name"]} has no example to fill in.");
                return $"{p["name"]}={Uri.EscapeDataString(p["example"]!.GetValue<string>())}";
            }));
        var uri = query.Length == 0 ? path : $"{path}?{query}";

        if (operation.Operation["requestBody"]?["content"] is not JsonObject content)
        {
            yield return new HttpRequestMessage(new HttpMethod(operation.Method), uri);
            yield break;
        }

        foreach (var (type, media) in content.Where(media => mediaType is null || media.Key == mediaType))
        {
            var example = media!["example"] ?? ExampleOf(operation, media["schema"]!);
            Assert.True(example is not null, $"{operation}: {type} has no example.");
            var text = example is JsonValue value && value.TryGetValue<string>(out var raw) ? raw : example.Text();
            var body = new StringContent(text, Encoding.UTF8);
            body.Headers.ContentType = new MediaTypeHeaderValue(type) { CharSet = "utf-8" };
            yield return new HttpRequestMessage(new HttpMethod(operation.Method), uri) { Content = body };
        }
    }

    /// <summary>The example Swagger UI builds from a schema: the schema's own, or for an array one item's.</summary>
    private static JsonNode? ExampleOf(DocumentOperation operation, JsonNode schema)
    {
        var resolved = operation.Resolve(schema);
        if (resolved["example"] is { } example)
        {
            return example;
        }

        return resolved["items"] is { } items && ExampleOf(operation, items) is { } item ? new JsonArray(item.DeepClone()) : null;
    }
}
