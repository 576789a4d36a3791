using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Api.Requests;

/// <summary>Typed reads of optional JSON fields; a wrong type is a 400 naming the field's path.</summary>
internal static class JsonFields
{
    public static string? OptionalString(JsonObject body, string name, string prefix)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw WrongType(prefix + name, "a string", node);
        }
        return node.GetValue<string>();
    }

    public static JsonObject? OptionalObject(JsonObject body, string name, string prefix)
    {
        var node = body[name];
        return node switch
        {
            null => null,
            JsonObject obj => (JsonObject)obj.DeepClone(),
            _ => throw WrongType(prefix + name, "a JSON object", node),
        };
    }

    public static JsonArray? OptionalArray(JsonObject body, string name, string prefix)
    {
        var node = body[name];
        return node switch
        {
            null => null,
            JsonArray array => array,
            _ => throw WrongType(prefix + name, "a JSON array", node),
        };
    }

    public static int? OptionalInt(JsonObject body, string name, string prefix, int min, int max)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var value))
        {
            throw WrongType(prefix + name, "a whole number", node);
        }
        if (value < min || value > max)
        {
            throw RequestProblemException.BadField(prefix + name, $"'{prefix + name}' must be from {min} to {max}.");
        }
        return value;
    }

    private static RequestProblemException WrongType(string field, string expected, JsonNode node) =>
        RequestProblemException.BadField(field, $"'{field}' must be {expected}, not {Describe(node.GetValueKind())}.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
