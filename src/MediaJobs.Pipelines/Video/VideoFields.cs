using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Video;

/// <summary>Field helpers the <see cref="VideoRequestParser"/> needs beyond <see cref="Common.InputReader"/>: choices, durations, unknown keys.</summary>
internal static class VideoFields
{
    /// <summary>A string from a fixed set (case-insensitive); anything else is a 400 listing the allowed values.</summary>
    public static T Choice<T>(JsonObject source, string prefix, string name, IReadOnlyDictionary<string, T> allowed, T fallback)
    {
        var text = Text(source, prefix, name, 50);
        if (text is null)
        {
            return fallback;
        }
        return allowed.TryGetValue(text.Trim(), out var value)
            ? value
            : throw Common.InputReader.Refuse(prefix, name, $"must be one of {string.Join(", ", allowed.Keys)}, not '{text}'.");
    }

    public static string? Text(JsonObject source, string prefix, string name, int maxLength) =>
        new Common.InputReader(source, prefix).Text(name, maxLength);

    /// <summary>"hh:mm:ss" (seed 000's <c>targetDuration</c>) or ISO 8601 ("PT1M", Aura's wizard), within the given range.</summary>
    public static TimeSpan? Duration(JsonObject source, string prefix, string name, TimeSpan min, TimeSpan max)
    {
        var text = Text(source, prefix, name, 20);
        if (text is null)
        {
            return null;
        }
        if (!SpecDuration.TryParse(text, out var value))
        {
            throw Common.InputReader.Refuse(prefix, name, $"must be a duration \"hh:mm:ss\" or ISO 8601 (\"PT1M\"), not '{text}'.");
        }
        return value >= min && value <= max
            ? value
            : throw Common.InputReader.Refuse(prefix, name, $"must be from {min:c} to {max:c}.");
    }

    /// <summary>A field that is not read would be silently ignored: reject it instead, naming it.</summary>
    public static void RejectUnknown(JsonObject source, string prefix, IReadOnlySet<string> known)
    {
        foreach (var key in source.Select(p => p.Key))
        {
            if (!known.Contains(key))
            {
                throw Common.InputReader.Refuse(prefix, key, $"is not a field of a video job; known fields: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    /// <summary>A nested legacy object (<c>brief</c>, ...), or null when absent.</summary>
    public static JsonObject? Object(JsonObject source, string name)
    {
        if (source[name] is not { } node)
        {
            return null;
        }
        return node.GetValueKind() == JsonValueKind.Object
            ? node.AsObject()
            : throw Common.InputReader.Refuse("", name, "must be an object.");
    }

    public static Dictionary<string, T> Map<T>(params (string Name, T Value)[] entries) =>
        entries.ToDictionary(e => e.Name, e => e.Value, StringComparer.OrdinalIgnoreCase);
}
