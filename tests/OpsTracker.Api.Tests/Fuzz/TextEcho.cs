using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>Where a stored record's text differs from the text sent for it: every string (and list of strings) the request gave that the record has.</summary>
public static class TextEcho
{
    public static List<string> Mismatches(JsonObject sent, JsonObject stored, string path = "")
    {
        var mismatches = new List<string>();
        foreach (var (name, value) in sent)
        {
            if (!stored.TryGetPropertyValue(name, out var kept))
            {
                continue;
            }

            var at = path.Length == 0 ? name : $"{path}.{name}";
            switch (value)
            {
                case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                    if (kept is not JsonValue keptText || keptText.GetValueKind() != JsonValueKind.String || keptText.GetValue<string>() != text.GetValue<string>())
                    {
                        mismatches.Add($"{at}: sent {text.ToJsonString()}, stored {kept?.ToJsonString() ?? "null"}");
                    }

                    break;
                case JsonArray list when list.All(item => item?.GetValueKind() == JsonValueKind.String):
                    if (kept is not JsonArray keptList || !JsonNode.DeepEquals(list, keptList))
                    {
                        mismatches.Add($"{at}: sent {list.ToJsonString()}, stored {kept?.ToJsonString() ?? "null"}");
                    }

                    break;
                case JsonObject nested when kept is JsonObject keptNested:
                    mismatches.AddRange(Mismatches(nested, keptNested, at));
                    break;
            }
        }

        return mismatches;
    }
}
