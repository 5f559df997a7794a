using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Querying;

namespace OpsTracker.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document as a client generator and a first-time Swagger UI user read it: what is required and what may
/// be null, typed parameters, the headers and error answers each operation has, names, tags and who to ask.
/// </summary>
public sealed partial class ContractTests(OpenApiDocumentData data) : IClassFixture<OpenApiDocumentData>
{
    private JsonObject Document => data.Document;

    private JsonObject Schemas => Document["components"]!["schemas"]!.AsObject();

    private IEnumerable<DocumentOperation> Operations => DocumentOperation.All(Document);

    [Fact]
    public void The_document_names_its_server_contact_and_licence()
    {
        Assert.Equal("http://localhost", Document["servers"]![0]!["url"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(Document["info"]!["contact"]!["name"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(Document["info"]!["license"]!["name"]?.GetValue<string>()));
        Assert.StartsWith("https://", Document["info"]!["license"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_come_in_a_newcomers_order_each_with_a_description()
    {
        var tags = Document["tags"]!.AsArray().Select(tag => tag!.AsObject()).ToList();

        // The record kinds first, in the order they can be loaded (each kind's definition describes its tag), then the rest.
        Assert.Equal(
            [.. ResourceRegistration.Definitions().Select(kind => kind.Tag), "Stats", "Imports", "Reports", "Audit", "ApiKeys"],
            tags.Select(tag => tag["name"]!.GetValue<string>()));
        Assert.Equal("Reported populations of one camp or a group of camps, as of a date.",
            tags.Single(tag => tag["name"]!.GetValue<string>() == "CampPopulations")["description"]!.GetValue<string>());
        Assert.All(tags, tag => Assert.False(string.IsNullOrWhiteSpace(tag["description"]?.GetValue<string>()), tag.ToJsonString()));
    }

    [Fact]
    public void Operation_ids_are_camel_case_verbs_named_for_what_they_act_on()
    {
        var ids = Operations.Select(operation => operation.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(OperationId(), id));
        Assert.Subset(ids.ToHashSet(), new HashSet<string>
        {
            "listCasualties", "getCasualty", "createCasualty", "updateCasualty", "patchCasualty", "deleteCasualty", "getCasualtyHistory",
            "importCasualties", "importDetaineeFigures", "listApiKeys", "createApiKey", "revokeApiKey", "getSummary", "getTimeSeries",
        });
    }

    [Fact]
    public void A_request_requires_what_its_validator_requires_and_is_nullable_only_where_it_may_be_left_out()
    {
        var casualty = Schemas["CasualtyRequest"]!;

        // startDate may be left out when endDate is given (a period open at its start), so no schema requires it.
        Assert.Equal(["affiliation", "count", "country", "outcome", "sourceIds"], Required(casualty));
        foreach (var field in new[] { "sourceIds", "country" })
        {
            Assert.Null(casualty["properties"]![field]!["nullable"]);
        }

        foreach (var field in new[] { "startDate", "endDate", "region", "locality", "campId", "latitude", "longitude", "operationId", "externalId", "notes" })
        {
            Assert.True(casualty["properties"]![field]!["nullable"]?.GetValue<bool>(), $"{field} can be left out, so null is accepted.");
        }

        Assert.Equal(["best"], Required(Schemas["CountRequest"]!));
        Assert.Equal(["country", "sourceIds", "title"], Required(Schemas["OperationRequest"]!));
        Assert.Equal(["name", "role"], Required(Schemas["ApiKeyRequest"]!));
    }

    [Fact]
    public void A_response_requires_every_field_and_is_nullable_only_where_the_api_writes_null()
    {
        var casualty = Schemas["CasualtyResponse"]!;
        var properties = casualty["properties"]!.AsObject();

        Assert.Equal(properties.Select(p => p.Key).Order(StringComparer.Ordinal), Required(casualty));
        Assert.Null(properties["id"]!["nullable"]);
        Assert.Null(properties["country"]!["nullable"]);
        Assert.Equal("date-time", properties["createdAt"]!["format"]!.GetValue<string>());
        Assert.True(properties["region"]!["nullable"]!.GetValue<bool>());
        Assert.True(properties["latitude"]!["nullable"]!.GetValue<bool>());
        var page = Schemas["PagedResponseOfCasualtyResponse"]!;
        Assert.Equal(["count", "items", "nextCursor", "page", "pageSize", "totalCount"], Required(page));
        Assert.True(page["properties"]!["totalCount"]!["nullable"]!.GetValue<bool>());
        Assert.True(page["properties"]!["nextCursor"]!["nullable"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(Paths.Casualties, "page", "integer", "int32")]
    [InlineData(Paths.Casualties, "from", "string", "date")]
    [InlineData(Paths.Casualties, "updatedSince", "string", "date-time")]
    [InlineData("/api/v1/imports/casualties", "dryRun", "boolean", null)]
    [InlineData("/api/v1/audit", "id", "integer", "int64")]
    public void Parameters_are_typed(string path, string name, string type, string? format)
    {
        var schema = Parameter(path, name)["schema"]!;

        Assert.Equal(type, schema["type"]!.GetValue<string>());
        Assert.Equal(format, schema["format"]?.GetValue<string>());
    }

    [Theory]
    [InlineData(Paths.Casualties, "format", "json,csv,geojson")]
    [InlineData(Paths.Sources, "format", "json,csv")]
    [InlineData(Paths.StatsTimeSeries, "metric", "operations,killed,wounded,arrested")]
    [InlineData(Paths.StatsTimeSeries, "interval", "week,month,year")]
    [InlineData("/api/v1/imports/casualties", "mode", "insert,upsert")]
    [InlineData(Paths.Casualties, "minReliability", "A,B,C,D,E,F")]
    public void Choices_are_enums(string path, string name, string values)
    {
        var schema = Parameter(path, name)["schema"]!;

        Assert.Equal(values.Split(','), schema["enum"]!.AsArray().Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public void Lists_of_ids_and_choices_are_arrays_sent_as_one_comma_separated_value()
    {
        foreach (var name in new[] { "campId", "sourceId", "affiliation", "country" })
        {
            var parameter = Parameter(Paths.Casualties, name);
            Assert.Equal("array", parameter["schema"]!["type"]!.GetValue<string>());
            Assert.False(parameter["explode"]!.GetValue<bool>());
        }

        Assert.Equal("int64", Parameter(Paths.Casualties, "campId")["schema"]!["items"]!["format"]!.GetValue<string>());
        Assert.Contains("killed", Parameter(Paths.Casualties, "outcome")["schema"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    /// <summary>
    /// Swagger UI fills a parameter's example, examples or default in as the value to send: only defaults that are
    /// the server's own and the examples of required parameters may be filled in, so a first Execute runs unfiltered.
    /// </summary>
    [Fact]
    public void No_optional_parameter_has_an_example_that_swagger_ui_would_send()
    {
        foreach (var operation in Operations)
        {
            foreach (var parameter in operation.Parameters.Where(p => p["in"]!.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() != true))
            {
                Assert.True(parameter["example"] is null && parameter["examples"] is null && parameter["schema"]!["example"] is null,
                    $"{operation}: {parameter.ToJsonString()}");
            }
        }
    }

    [Fact]
    public void Record_reads_and_writes_declare_their_etag_and_the_conditional_headers_they_honour()
    {
        foreach (var resource in ResourceCatalogue.All)
        {
            var item = Document["paths"]![$"{resource.Collection}/{{id}}"]!;
            var get = item["get"]!;
            Assert.NotNull(get["responses"]!["200"]!["headers"]!["ETag"]);
            Assert.NotNull(get["responses"]!["304"]!["headers"]!["ETag"]);
            Assert.Contains(HeaderParameters(get), name => name == "If-None-Match");
            foreach (var write in new[] { "put", "patch" })
            {
                Assert.NotNull(item[write]!["responses"]!["200"]!["headers"]!["ETag"]);
                Assert.Contains(HeaderParameters(item[write]!), name => name == "If-Match");
            }

            Assert.Contains(HeaderParameters(item["delete"]!), name => name == "If-Match");
            var created = Document["paths"]![resource.Collection]!["post"]!["responses"]!["201"]!["headers"]!;
            Assert.NotNull(created["ETag"]);
            Assert.NotNull(created["Location"]);
        }
    }

    [Fact]
    public void Every_page_declares_its_link_header_and_every_429_and_503_its_retry_after()
    {
        foreach (var operation in Operations)
        {
            var ok = operation.Responses["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>();
            if (ok?.Contains("PagedResponseOf", StringComparison.Ordinal) == true)
            {
                Assert.True(operation.Responses["200"]!["headers"]?["Link"] is not null, $"{operation}: a page without a Link header.");
            }

            Assert.NotNull(operation.Responses["429"]?["headers"]?["Retry-After"]);
            if (operation.Method != "GET")
            {
                Assert.NotNull(operation.Responses["503"]?["headers"]?["Retry-After"]);
            }
        }
    }

    [Fact]
    public void Lists_and_stats_declare_their_body_with_an_example()
    {
        foreach (var operation in Operations.Where(operation => operation.Method == "GET" && !operation.Path.EndsWith("{id}", StringComparison.Ordinal)))
        {
            var json = operation.Responses["200"]?["content"]?["application/json"];
            Assert.True(json?["schema"] is not null, $"{operation}: no JSON body declared.");
            Assert.True(operation.Resolve(json["schema"]!)["example"] is not null, $"{operation}: its body has no example.");
        }

        var list = Document["paths"]![Paths.Casualties]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        Assert.Equal(["application/json", "text/csv", "application/geo+json"], list.Select(media => media.Key));
    }

    [Fact]
    public void Every_error_answer_is_a_problem_with_its_schema_and_an_example()
    {
        foreach (var operation in Operations)
        {
            foreach (var (status, response) in operation.Responses.Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400))
            {
                var problem = response!["content"]?["application/problem+json"];
                Assert.True(problem?["schema"] is not null, $"{operation} {status}: no problem schema.");
                var example = problem["example"]!.AsObject();
                Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), example["status"]!.GetValue<int>());
                Assert.False(string.IsNullOrWhiteSpace(example["title"]?.GetValue<string>()), $"{operation} {status}");
                Assert.DoesNotContain("additionalProp", example.ToJsonString(), StringComparison.Ordinal);
                if (status == "400")
                {
                    Assert.NotEmpty(example["errors"]!.AsObject());
                }
            }
        }
    }

    [Fact]
    public void Summaries_use_the_right_article()
    {
        var summaries = Operations.Select(operation => operation.Operation["summary"]!.GetValue<string>()).ToList();

        Assert.Contains("Creates an arrest record; the answer carries its ETag.", summaries);
        Assert.Contains("Creates an operation; the answer carries its ETag.", summaries);
        Assert.DoesNotContain(summaries, summary => ArticleBeforeVowel().IsMatch(summary));
    }

    [Fact]
    public void A_patch_takes_a_merge_patch_whose_fields_are_all_optional()
    {
        var body = Document["paths"]![$"{Paths.Casualties}/{{id}}"]!["patch"]!["requestBody"]!["content"]!.AsObject();

        Assert.Equal(["application/merge-patch+json"], body.Select(media => media.Key));
        var patch = DocumentOperation.All(Document).First().Resolve(body["application/merge-patch+json"]!["schema"]!);
        Assert.Null(patch["required"]);
        Assert.Equal(Schemas["CasualtyRequest"]!["properties"]!.AsObject().Select(p => p.Key), patch["properties"]!.AsObject().Select(p => p.Key));
        Assert.Null(patch["properties"]!["affiliation"]!["nullable"]);
        Assert.True(patch["properties"]!["region"]!["nullable"]!.GetValue<bool>());
    }

    private JsonObject Parameter(string path, string name)
    {
        var operation = Document["paths"]![path]?["get"] ?? Document["paths"]![path]!["post"]!;
        return operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!.AsObject();
    }

    private static List<string> HeaderParameters(JsonNode operation) =>
        [.. operation["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>())];

    private static List<string> Required(JsonNode schema) =>
        [.. (schema["required"]?.AsArray() ?? []).Select(field => field!.GetValue<string>()).Order(StringComparer.Ordinal)];

    [GeneratedRegex("^(list|get|create|update|patch|delete|import|revoke|accept|reject)[A-Z][A-Za-z]*$")]
    private static partial Regex OperationId();

    [GeneratedRegex(@"\ba [aeiou]")]
    private static partial Regex ArticleBeforeVowel();
}
