using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>Creates API keys through the API, with an admin client.</summary>
public static class KeyHttp
{
    /// <summary>Creates a key with <paramref name="role"/> and a name of its own; returns the 201 answer, key included.</summary>
    public static Task<JsonObject> CreateKeyAsync(this HttpClient admin, string role, string? name = null) =>
        admin.CreateAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = name ?? Payloads.Unique($"{role} key"), ["role"] = role });

    public static string Key(this JsonObject created) => created["key"]!.GetValue<string>();
}
