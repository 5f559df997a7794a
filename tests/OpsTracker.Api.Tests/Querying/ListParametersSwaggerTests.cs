using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>The OpenAPI document lists the query parameters of the lists and the stats endpoints, so they can be tried in Swagger UI.</summary>
public sealed class ListParametersSwaggerTests(OpenApiDocumentData data) : IClassFixture<OpenApiDocumentData>
{
    private const string Common = "updatedSince,q,sort,count,after,format,page,pageSize";

    [Theory]
    [InlineData(Paths.Sources, "from,to,kind,reliability,minReliability," + Common)]
    [InlineData(Paths.Forces, "kind,parentId," + Common)]
    [InlineData(Paths.Camps, "country,region," + Common)]
    [InlineData(Paths.Operations, "from,to,country,region,campId,sourceId,minReliability,qualifier,status,type,side,outcome,forceId," + Common)]
    [InlineData(Paths.Casualties, "from,to,country,region,campId,sourceId,minReliability,qualifier,status,affiliation,outcome,personId,operationId,forceId,side," + Common)]
    [InlineData(Paths.Persons, "sourceId,minReliability,status,nationality,forceId," + Common)]
    [InlineData(Paths.Arrests, "from,to,country,region,campId,sourceId,minReliability,qualifier,status,personId,operationId,forceId,side," + Common)]
    [InlineData(Paths.DetaineeFigures, "from,to,country,region,campId,sourceId,minReliability,qualifier,status,forceId," + Common)]
    [InlineData(Paths.CampPopulations, "from,to,sourceId,minReliability,qualifier,status,campId," + Common)]
    [InlineData(Paths.StatsSummary, "from,to,country,region,campId,forceId,sourceId,minReliability,affiliation,side,statuses")]
    [InlineData(Paths.StatsTimeSeries, "metric,interval,from,to,country,region,campId,forceId,sourceId,minReliability,affiliation,side")]
    [InlineData(Paths.StatsCampPopulations, "from,to,sourceId,minReliability,qualifier,status,campId")]
    [InlineData("/api/v1/stats/conflicts", "kind,from,to,country,page,pageSize")]
    [InlineData(Paths.StatsDetaineeFigures, "from,to,country,region,campId,sourceId,minReliability,qualifier,status,forceId")]
    public void A_get_endpoint_documents_each_query_parameter_it_reads(string path, string parameters)
    {
        var get = data.Document["paths"]![path]?["get"];
        Assert.True(get is not null, $"No GET {path} in the document.");
        // Header parameters (If-None-Match, Prefer) are the HTTP contract's, documented apart.
        var documented = get["parameters"]!.AsArray().Select(parameter => parameter!.AsObject())
            .Where(parameter => parameter["in"]!.GetValue<string>() != "header").ToList();
        Assert.Equal(parameters.Split(',').Order(StringComparer.Ordinal), documented.Select(Name).Order(StringComparer.Ordinal));
        Assert.All(documented, parameter =>
        {
            Assert.Equal("query", parameter["in"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(parameter["description"]?.GetValue<string>()), $"{path}: {Name(parameter)} has no description.");
        });
    }

    [Fact]
    public void Only_the_time_series_metric_and_the_conflicts_kind_are_marked_required()
    {
        var required = data.Document["paths"]!.AsObject()
            .SelectMany(path => path.Value?["get"]?["parameters"]?.AsArray() ?? [], (path, parameter) => (Path: path.Key, Parameter: parameter!.AsObject()))
            .Where(item => item.Parameter["in"]!.GetValue<string>() == "query" && item.Parameter["required"]?.GetValue<bool>() == true)
            .Select(item => $"{item.Path}?{Name(item.Parameter)}");

        Assert.Equal([$"{Paths.StatsTimeSeries}?metric", "/api/v1/stats/conflicts?kind"], required);
    }

    private static string Name(JsonObject parameter) => parameter["name"]!.GetValue<string>();
}
