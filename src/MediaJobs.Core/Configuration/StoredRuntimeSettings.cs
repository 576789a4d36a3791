using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Core.Configuration;

/// <summary>
/// The store setting <see cref="RuntimeSettings.StoreKey"/>: <c>{"version": n, "overrides": {key: value}}</c>. Every write
/// raises the version by one and is swapped in only over the text it was read from, so no two writers both win.
/// </summary>
internal sealed record StoredRuntimeSettings(long Version, ImmutableDictionary<string, string> Overrides)
{
    public static readonly StoredRuntimeSettings Empty = new(0, ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The stored text; nothing stored is version 0, and a plain object of overrides (before versions) too.</summary>
    public static StoredRuntimeSettings Parse(string? json)
    {
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonObject root)
        {
            return Empty;
        }
        var (version, overrides) = root["version"] is JsonValue number && root["overrides"] is JsonObject versioned
            ? (number.GetValue<long>(), versioned)
            : (0L, root);
        return new(version, Empty.Overrides.AddRange(overrides.Select(p => KeyValuePair.Create(p.Key, (string)p.Value!))));
    }

    public string Serialize() =>
        new JsonObject
        {
            ["version"] = Version,
            ["overrides"] = JsonSerializer.SerializeToNode(Overrides.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value)),
        }.ToJsonString();
}
