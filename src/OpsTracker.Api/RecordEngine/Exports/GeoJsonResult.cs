using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// Streams records as a GeoJSON FeatureCollection (RFC 7946): each a Point feature at [longitude, latitude], with
/// the record's JSON as its properties. Records without coordinates are left out.
/// </summary>
public sealed class GeoJsonResult<T>(IAsyncEnumerable<T> rows) : IResult
{
    private const int FlushEvery = 256;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.ContentType = GeoJsonFormat.ContentType;

        // The writer fills the response's pipe and the pipe is flushed asynchronously every few features: a writer
        // over the body stream would flush synchronously inside JsonSerializer.Serialize, which Kestrel refuses.
        var body = httpContext.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var written = 0;
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            if (row is not IGeoPoint { Latitude: { } latitude, Longitude: { } longitude } point)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", point.Id);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(longitude);
            json.WriteNumberValue(latitude);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WritePropertyName("properties");
            JsonSerializer.Serialize(json, row, options);
            json.WriteEndObject();

            if (++written % FlushEvery == 0)
            {
                json.Flush();
                await body.FlushAsync(httpContext.RequestAborted);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await body.FlushAsync(httpContext.RequestAborted);
    }
}
