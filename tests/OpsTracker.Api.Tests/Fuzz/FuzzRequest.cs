using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// One generated request: the operation it is aimed at, the path with its query, headers, and a body with its
/// content type. <see cref="SentRecord"/> is the JSON the body says, when it is a well-formed record (or, for an
/// import, the records of the file), so that a 2xx answer's text can be compared with what was sent.
/// </summary>
public sealed record FuzzRequest(
    ApiOperation Operation,
    string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    JsonArray? SentRecords)
{
    public override string ToString()
    {
        var body = Body is null ? "" : $"\n  {ContentType}: {Preview(Body)}";
        var headers = string.Concat(Headers.Select(header => $"\n  {header.Key}: {header.Value}"));
        return $"{Operation.Method} {PathAndQuery}{headers}{body}";
    }

    private static string Preview(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 400 ? text : $"{text[..400]}… ({body.Length} bytes)";
    }
}
