using Microsoft.Net.Http.Headers;

namespace OpsTracker.Api.Features.Imports;

/// <summary>Which <see cref="ImportFormat"/> a request's content type or a file's extension names.</summary>
public static class ImportFormats
{
    public const string Csv = "text/csv";
    public const string Json = "application/json";
    public const string Ndjson = "application/x-ndjson";

    public static readonly IReadOnlyList<string> ContentTypes = [Csv, Json, Ndjson];

    /// <summary>The format of a content type, or null when it is not one an import reads (or names a charset other than UTF-8).</summary>
    public static ImportFormat? FromContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var header))
        {
            return null;
        }

        if (header.Charset.HasValue && !header.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return header.MediaType.Value?.ToLowerInvariant() switch
        {
            Csv => ImportFormat.Csv,
            Json => ImportFormat.Json,
            Ndjson or "application/ndjson" or "application/jsonl" => ImportFormat.Ndjson,
            _ => null,
        };
    }

    /// <summary>The format a file's extension names (.csv, .json, .ndjson or .jsonl), or null.</summary>
    public static ImportFormat? FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.Csv,
        ".json" => ImportFormat.Json,
        ".ndjson" or ".jsonl" => ImportFormat.Ndjson,
        _ => null,
    };
}
