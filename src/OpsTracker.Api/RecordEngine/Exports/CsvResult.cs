using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// Streams every row of a query as CSV (UTF-8, no byte order mark), one header row first. Rows are written as the
/// database yields them, so memory stays flat however many there are.
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> rows, string fileStem) : IResult
{
    /// <summary>Bytes gathered before they are handed to the response: few enough flushes that they cost little.</summary>
    private const int FlushBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var csv = CsvRowWriter<T>.For(options);

        httpContext.Response.ContentType = $"{CsvFormat.ContentType}; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileStem}.csv\"";

        // Rows are formatted synchronously into a buffer of the writer's own and handed to the response's pipe
        // asynchronously: the response body refuses synchronous writes.
        var body = httpContext.Response.BodyWriter;
        using var writer = new CsvUtf8Writer();
        csv.WriteHeader(writer);
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            csv.WriteRow(writer, row);
            if (writer.Length >= FlushBytes)
            {
                await writer.FlushToAsync(body, httpContext.RequestAborted);
            }
        }

        await writer.FlushToAsync(body, httpContext.RequestAborted);
    }
}
