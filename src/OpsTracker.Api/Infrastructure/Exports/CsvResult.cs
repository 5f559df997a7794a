using System.Text;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.Infrastructure.Exports;

/// <summary>
/// Streams every row of a query as CSV, one header row first. Rows are written as the database yields them, so
/// memory stays flat however many there are.
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> rows, string fileStem) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var columns = CsvFormat.ColumnsOf(typeof(T), options);

        httpContext.Response.ContentType = $"{CsvFormat.ContentType}; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileStem}.csv\"";

        await using var writer = new StreamWriter(httpContext.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        CsvFormat.WriteHeader(writer, columns);
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            CsvFormat.WriteRow(writer, columns, row!);
        }

        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
