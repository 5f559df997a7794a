using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Assertions on records the API answers with.</summary>
public static class RecordAssert
{
    /// <summary>
    /// Every field of <paramref name="payload"/> reads back unchanged in <paramref name="record"/>. Objects are
    /// compared field by field, so <c>{"best": 5}</c> matches a stored count that also lists low, high and qualifier.
    /// </summary>
    public static void MatchesPayload(JsonObject payload, JsonObject record)
    {
        foreach (var (field, expected) in payload)
        {
            Matches(expected, record, field);
        }
    }

    /// <summary>The fields every record has: a positive id and UTC timestamps ending in Z.</summary>
    public static void HasRecordFields(JsonObject record)
    {
        Assert.True(record.Id() > 0, $"id should be positive: {record.ToJsonString()}");
        Assert.True(record.ContainsKey("externalId"));
        Assert.True(record.ContainsKey("notes"));
        Assert.Equal(DateTimeKind.Utc, record.Timestamp("createdAt").Kind);
        Assert.Equal(DateTimeKind.Utc, record.Timestamp("updatedAt").Kind);
    }

    private static void Matches(JsonNode? expected, JsonObject parent, string path)
    {
        var field = path[(path.LastIndexOf('.') + 1)..];
        Assert.True(parent.ContainsKey(field), $"The record has no '{path}': {parent.ToJsonString()}");
        var actual = parent[field];
        if (expected is JsonObject expectedObject)
        {
            var actualObject = Assert.IsType<JsonObject>(actual);
            foreach (var (child, value) in expectedObject)
            {
                Matches(value, actualObject, $"{path}.{child}");
            }

            return;
        }

        Assert.True(expected.Text() == actual.Text(), $"'{path}': expected {expected.Text()}, got {actual.Text()}");
    }
}
