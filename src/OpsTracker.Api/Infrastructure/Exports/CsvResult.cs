using System.Globalization;
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
    private const int BatchCharacters = 16 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var columns = CsvFormat.ColumnsOf(typeof(T), options);

        httpContext.Response.ContentType = $"{CsvFormat.ContentType}; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileStem}.csv\"";

        // Rows are gathered in memory a batch at a time and written asynchronously: the response body refuses
        // synchronous writes, which a StreamWriter would make whenever its own buffer filled mid-row.
        await using var writer = new StreamWriter(httpContext.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        var batch = new StringWriter(CultureInfo.InvariantCulture);
        CsvFormat.WriteHeader(batch, columns);
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            CsvFormat.WriteRow(batch, columns, row!);
            if (batch.GetStringBuilder().Length >= BatchCharacters)
            {
                await WriteBatchAsync(writer, batch, httpContext.RequestAborted);
            }
        }

        await WriteBatchAsync(writer, batch, httpContext.RequestAborted);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    private static async Task WriteBatchAsync(StreamWriter writer, StringWriter batch, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(batch.GetStringBuilder(), cancellationToken);
        batch.GetStringBuilder().Clear();
    }
}
