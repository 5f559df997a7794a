using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.OpenApi;

/// <summary>The document's answer examples are what the API answers about the sample data, so they stay true.</summary>
public sealed class SampleExamplesTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task Each_record_example_is_a_sample_record_as_get_answers_it_but_for_its_times()
    {
        var document = await Client.GetObjectAsync(DocumentOperation.DocumentPath);

        foreach (var get in DocumentOperation.All(document).Where(operation => operation.Method == "GET" && operation.Path.EndsWith("/{id}", StringComparison.Ordinal)
            && operation.Path != "/api/v1/api-keys/{id}"))
        {
            var example = get.Resolve(get.Responses["200"]!["content"]!["application/json"]!["schema"]!)["example"]!.AsObject();
            var collection = get.Path[..^"/{id}".Length];
            if (await Client.CountAsync(collection) == 0)
            {
                // A kind the seed reports give no record of (transfers): its example is the record its create example makes.
                var post = DocumentOperation.All(document).Single(operation => operation.Method == "POST" && operation.Path == collection);
                var json = post.Operation["requestBody"]!["content"]!["application/json"]!;
                var body = (json["example"] ?? post.Resolve(json["schema"]!)["example"])!.AsObject().DeepClone().AsObject();
                var created = await Client.CreateAsync(collection, body);
                AssertSame(WithoutTimes(created), WithoutTimes(example));
                continue;
            }

            var stored = await Client.GetObjectAsync(get.Path.Replace("{id}", $"{example.Id()}", StringComparison.Ordinal));
            AssertSame(WithoutTimes(stored), WithoutTimes(example));
        }
    }

    [Fact]
    public async Task Each_stats_example_is_the_answer_about_the_sample_data()
    {
        var document = await Client.GetObjectAsync(DocumentOperation.DocumentPath);
        var stats = DocumentOperation.All(document)
            .Where(operation => operation.Method == "GET" && operation.Path.StartsWith(Paths.StatsSummary[..^"summary".Length], StringComparison.Ordinal))
            .ToList();

        Assert.Contains(stats, operation => operation.Path == Paths.StatsCampPopulations);
        foreach (var get in stats)
        {
            // Every stats endpoint, asked as "Try it out" first asks it: with its required parameters' examples only.
            var query = string.Join('&', get.Parameters
                .Where(parameter => parameter["required"]?.GetValue<bool>() == true && parameter["in"]!.GetValue<string>() == "query")
                .Select(parameter => $"{parameter["name"]}={(parameter["example"] ?? parameter["schema"]!["example"])!.GetValue<string>()}"));
            var example = get.Resolve(get.Responses["200"]!["content"]!["application/json"]!["schema"]!)["example"];

            AssertSame(await Client.GetObjectAsync(query.Length == 0 ? get.Path : $"{get.Path}?{query}"), example);
        }
    }

    [Fact]
    public async Task The_person_records_example_is_what_the_sample_person_is_named_by_but_for_the_records_times()
    {
        var document = await Client.GetObjectAsync(DocumentOperation.DocumentPath);
        var get = DocumentOperation.All(document).Single(operation => operation.Method == "GET" && operation.Path == "/api/v1/persons/{id}/records");
        var example = get.Resolve(get.Responses["200"]!["content"]!["application/json"]!["schema"]!)["example"]!.AsObject();

        var answer = await Client.GetObjectAsync($"/api/v1/persons/{example["personId"]}/records");

        AssertSame(WithoutRecordTimes(answer), WithoutRecordTimes(example));
    }

    private static JsonObject WithoutRecordTimes(JsonObject records)
    {
        var copy = (JsonObject)records.DeepClone();
        foreach (var kind in copy["kinds"]!.AsArray())
        {
            foreach (var record in kind!["records"]!.AsArray())
            {
                record!.AsObject().Remove("createdAt");
                record.AsObject().Remove("updatedAt");
            }
        }

        return copy;
    }

    private static void AssertSame(JsonNode answer, JsonNode? example) =>
        Assert.True(JsonNode.DeepEquals(answer, example), $"The example {example?.Text() ?? "(none)"} is not the answer {answer.Text()}.");

    private static JsonObject WithoutTimes(JsonObject record) => record.Without("createdAt", "updatedAt");
}
