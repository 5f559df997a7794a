using System.Text.Json;

namespace OpsTracker.Api.Features.Audit;

/// <summary>One change to one record, as the history and audit lists show it.</summary>
public sealed class AuditEntryResponse
{
    public long Id { get; init; }
    public DateTime At { get; init; }

    /// <summary>
    /// The name of the API key that made the change (the command line: "command-line:USER"). Shown to admins only: a
    /// record's history tells other callers that a change was made, and when, but not with which key.
    /// </summary>
    public string? KeyName { get; init; }

    public required string Resource { get; init; }
    public long RecordId { get; init; }
    public AuditAction Action { get; init; }

    /// <summary>The record's version after the change: its ETag, without the quotes.</summary>
    public long Version { get; init; }

    /// <summary>The record as a GET answered it before the change; null for a create.</summary>
    public JsonElement? Before { get; init; }

    /// <summary>The record as a GET answered it after the change; null for a delete.</summary>
    public JsonElement? After { get; init; }

    /// <summary>
    /// The import whose one entry this entry is derived from (its id is that entry's id): a record an import created
    /// has no entry of its own, and its history starts with this one. Null for every entry stored as it is.
    /// </summary>
    public long? ImportId { get; init; }

    public static AuditEntryResponse From(AuditEntry entry) => From(entry, showKeyName: true);

    /// <summary>The entry as shown to a caller who may (<paramref name="showKeyName"/>) or may not see key names.</summary>
    public static AuditEntryResponse From(AuditEntry entry, bool showKeyName, long? importId = null) => new()
    {
        ImportId = importId,
        Id = entry.Id,
        At = entry.At,
        KeyName = showKeyName ? entry.KeyName : null,
        Resource = entry.Resource,
        RecordId = entry.RecordId,
        Action = entry.Action,
        Version = entry.Version,
        Before = Parse(entry.Before),
        After = Parse(entry.After),
    };

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
