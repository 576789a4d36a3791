using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>Checks a real JSON answer against its documented schema: keys and value kinds, all the way down.</summary>
public static class SchemaAssert
{
    /// <summary>
    /// Every key the answer has is documented (unless the schema says others may come), every required
    /// key is there, each value has a documented JSON type (null only where nullable), and nested objects,
    /// arrays and maps are checked the same way.
    /// </summary>
    public static void Matches(ServedDocument document, JsonObject schema, JsonNode? actual, string where)
    {
        var types = Types(document, schema);
        var resolved = document.Resolve(schema);
        if (types.Count > 0)
        {
            Assert.True(types.Contains(KindOf(actual)) || (KindOf(actual) == "integer" && types.Contains("number")),
                $"{where} is {KindOf(actual)}, documented as {string.Join(" or ", types)}");
        }
        switch (actual)
        {
            case JsonObject obj when resolved["properties"] is JsonObject properties:
                var open = resolved["additionalProperties"] is JsonObject || (resolved["additionalProperties"] is JsonValue allowed && allowed.GetValue<bool>());
                if (!open)
                {
                    var undocumented = obj.Select(p => p.Key).Where(k => !properties.ContainsKey(k)).ToList();
                    Assert.True(undocumented.Count == 0, $"{where}: {string.Join(", ", undocumented)} not documented");
                }
                var missing = ServedDocument.Required(resolved).Where(k => !obj.ContainsKey(k)).ToList();
                Assert.True(missing.Count == 0, $"{where}: {string.Join(", ", missing)} documented as required but missing");
                foreach (var (key, value) in obj)
                {
                    if (properties[key] is JsonObject property)
                    {
                        Matches(document, property, value, $"{where}.{key}");
                    }
                }
                break;
            case JsonObject map when resolved["additionalProperties"] is JsonObject values:
                foreach (var (key, value) in map)
                {
                    Matches(document, values, value, $"{where}[{key}]");
                }
                break;
            case JsonArray array when resolved["items"] is JsonObject items:
                for (var i = 0; i < array.Count; i++)
                {
                    Matches(document, items, array[i], $"{where}[{i}]");
                }
                break;
        }
    }

    /// <summary>The JSON types a schema allows ("null" included for a nullable oneOf); empty when it does not say.</summary>
    private static HashSet<string> Types(ServedDocument document, JsonObject schema)
    {
        var nullable = schema["oneOf"] is JsonArray choices && choices.Any(c => (string?)c!["type"] == "null");
        var declared = document.Resolve(schema)["type"] switch
        {
            JsonArray many => many.Select(t => (string)t!).ToHashSet(),
            JsonValue one => [(string)one!],
            _ => [],
        };
        if (declared.Count > 0 && nullable)
        {
            declared.Add("null");
        }
        return declared;
    }

    private static string KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => decimal.TryParse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) && !node.ToJsonString().Contains('.') ? "integer" : "number",
    };
}
