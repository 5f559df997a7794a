using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Reads an NDJSON import: one record (a JSON object, as in a POST body) a line; blank lines are skipped. A line that
/// is not JSON stops the read, naming it.
/// </summary>
public sealed class NdjsonRequestReader<TRequest>(ImportSchema<TRequest> schema, TextReader text) : IImportReader<TRequest>
    where TRequest : RecordRequest
{
    public string PositionName => "line";

    public async IAsyncEnumerable<ImportRow<TRequest>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        while (await ReadLineAsync(number + 1, cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement node;
            try
            {
                node = JsonSerializer.Deserialize<JsonElement>(line, JsonRecords.ElementOptions);
            }
            catch (JsonException exception)
            {
                var message = exception.Message;
                var at = message.IndexOf(" Path:", StringComparison.Ordinal);
                throw new ImportFileException($"line {number}", $"This line is not a JSON record: {(at < 0 ? message : message[..at])}");
            }

            yield return JsonRecords.ToRow(schema, number, node);
        }
    }

    private async ValueTask<string?> ReadLineAsync(int number, CancellationToken cancellationToken)
    {
        try
        {
            return await text.ReadLineAsync(cancellationToken);
        }
        catch (DecoderFallbackException exception)
        {
            var line = text is ImportTextReader import ? import.LineOf(exception, number) : number;
            throw new ImportFileException($"line {line}", ImportText.NotUtf8);
        }
    }
}
