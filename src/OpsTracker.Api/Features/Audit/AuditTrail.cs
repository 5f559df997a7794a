using System.Security.Claims;
using System.Text.Json;
using OpsTracker.Api.Infrastructure.Json;

namespace OpsTracker.Api.Features.Audit;

/// <summary>
/// Builds audit entries the same way for every writer (the endpoints, HTTP imports, the command-line import, API key
/// management): the record's state is stored as the JSON a GET of it answers, in the API's own JSON contract.
/// </summary>
public static class AuditTrail
{
    /// <summary>The name audit entries carry for a write that no API key made (the command line adds the user).</summary>
    public const string CommandLinePrefix = "command-line";

    public static readonly JsonSerializerOptions Json = JsonSetup.Options;

    /// <summary>The acting API key's name, as the authentication handler set it.</summary>
    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "anonymous";

    /// <summary>Who runs a command-line import or key command: the operating-system user, since no key is involved.</summary>
    public static string CommandLineActor() => $"{CommandLinePrefix}:{Environment.UserName}";

    public static AuditEntry Entry<TResponse>(string resource, long recordId, AuditAction action, long version, string keyName,
        TResponse? before, TResponse? after, DateTime at) =>
        EntryOfJson(resource, recordId, action, version, keyName,
            before is null ? null : JsonSerializer.Serialize(before, Json), after is null ? null : JsonSerializer.Serialize(after, Json), at);

    /// <summary>An entry whose before and after are already the audit trail's JSON (<see cref="Json"/>).</summary>
    public static AuditEntry EntryOfJson(string resource, long recordId, AuditAction action, long version, string keyName,
        string? before, string? after, DateTime at) => new()
        {
            At = at,
            KeyName = keyName,
            Resource = resource,
            RecordId = recordId,
            Action = action,
            Version = version,
            Before = before,
            After = after,
        };
}
