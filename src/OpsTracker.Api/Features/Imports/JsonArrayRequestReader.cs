using System.Runtime.CompilerServices;
using System.Text.Json;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Reads a JSON import: one array of records, each as in a POST body, taken from the stream an item at a time so
/// the array is never held whole. JSON that does not parse, or a byte that is not UTF-8, stops the read, naming the line.
/// </summary>
public sealed class JsonArrayRequestReader<TRequest>(ImportSchema<TRequest> schema, Stream body) : IImportReader<TRequest>
    where TRequest : RecordRequest
{
    public string PositionName => "item";

    public async IAsyncEnumerable<ImportRow<TRequest>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, JsonRecords.ElementOptions, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        var number = 0;
        while (await NextAsync(items, number))
        {
            yield return JsonRecords.ToRow(schema, ++number, items.Current);
        }
    }

    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<JsonElement> items, int itemsRead)
    {
        try
        {
            return await items.MoveNextAsync();
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            throw new ImportFileException($"line {line}", itemsRead == 0 && exception.Path is null or "$"
                ? $"The body is not a JSON array of records ([{{ ... }}, {{ ... }}]): {Reason(exception)}"
                : $"The JSON does not parse after item {itemsRead}: {Reason(exception)}");
        }
    }

    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var at = message.IndexOf(" Path:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
