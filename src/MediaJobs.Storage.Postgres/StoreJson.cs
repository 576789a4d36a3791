using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MediaJobs.Storage.Postgres;

/// <summary>The one serializer setup for the JSON columns: camelCase, enums as strings (as the SQLite store).</summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json)
        where T : new() =>
        JsonSerializer.Deserialize<T>(json, Options) ?? new T();

    public static string Serialize(JsonObject value) => value.ToJsonString(Options);

    public static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json) as JsonObject ?? [];
}
