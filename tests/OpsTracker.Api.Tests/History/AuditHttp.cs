using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>Reads a record's history, the audit list and the deletions feed.</summary>
public static class AuditHttp
{
    public const string Audit = "/api/v1/audit";
    public const string Deletions = "/api/v1/deletions";

    /// <summary>The name of the bootstrap admin key every test client sends, as audit entries record it.</summary>
    public const string AdminKeyName = "bootstrap-admin";

    public static async Task<List<JsonObject>> HistoryAsync(this HttpClient client, string recordPath) =>
        Items(await client.GetObjectAsync($"{recordPath}/history?pageSize=500"));

    public static async Task<List<JsonObject>> AuditAsync(this HttpClient client, string query = "") =>
        Items(await client.GetObjectAsync($"{Audit}?pageSize=500{(query.Length > 0 ? "&" + query : "")}"));

    public static List<JsonObject> Items(JsonObject page) => page["items"]!.AsArray().Select(item => item!.AsObject()).ToList();

    public static string Action(this JsonObject entry) => entry["action"]!.GetValue<string>();
}
