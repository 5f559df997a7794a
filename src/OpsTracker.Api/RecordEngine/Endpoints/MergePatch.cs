using System.Text.Json.Nodes;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>RFC 7396 JSON Merge Patch: what a PATCH body does to the record it is applied to.</summary>
public static class MergePatch
{
    /// <summary>
    /// The target with the patch applied, as RFC 7396 section 2 defines it: a member set to null is removed, an object
    /// is merged member by member, anything else replaces what was there. The target is changed in place.
    /// </summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (name, value) in members)
        {
            if (value is null)
            {
                result.Remove(name);
                continue;
            }

            var current = result[name];
            result.Remove(name);
            result[name] = Apply(current, value);
        }

        return result;
    }
}
