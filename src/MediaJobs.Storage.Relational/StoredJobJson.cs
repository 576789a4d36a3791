using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MediaJobs.Storage.Relational;

/// <summary>
/// The one serializer setup for the JSON columns of every store (a job's input, steps, results, counters, ...;
/// event payloads): camelCase, enums as strings. One place, so a database's JSON reads the same in either store.
/// </summary>
public static class StoredJobJson
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

    /// <summary>A nullable column (e.g. <c>webhook</c>): null stays null.</summary>
    public static T? DeserializeOrNull<T>(string? json)
        where T : class =>
        json is null ? null : JsonSerializer.Deserialize<T>(json, Options);

    public static string Serialize(JsonObject value) => value.ToJsonString(Options);

    public static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json) as JsonObject ?? [];
}
