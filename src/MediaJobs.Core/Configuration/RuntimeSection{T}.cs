using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace MediaJobs.Core.Configuration;

/// <summary>
/// <typeparamref name="T"/>'s runtime keys. A candidate is built exactly as the options factory builds it at start-up
/// (every configure and post-configure step, then the overrides) and checked by every <see cref="IValidateOptions{T}"/>
/// registered for it, so a runtime change obeys the start-up rules, cross-field ones included, without a copy of them.
/// </summary>
internal sealed class RuntimeSection<T>(
    string sectionName,
    IReadOnlyList<string> properties,
    IOptionsMonitor<T> monitor,
    IEnumerable<IConfigureOptions<T>> configures,
    IEnumerable<IPostConfigureOptions<T>> postConfigures,
    IEnumerable<IValidateOptions<T>> validators) : IRuntimeSection
    where T : class, new()
{
    public string SectionName => sectionName;

    public Type OptionsType => typeof(T);

    public object Current => monitor.CurrentValue;

    public object Configured => Build(new Dictionary<string, string>());

    public bool Allows(string key) => properties.Any(p =>
    {
        var allowed = $"{sectionName}:{p}";
        // A dictionary property (e.g. Concurrency) allows each of its entries.
        return string.Equals(key, allowed, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(allowed + ":", StringComparison.OrdinalIgnoreCase);
    });

    public IEnumerable<KeyValuePair<string, string?>> CurrentValues()
    {
        JsonNode? live;
        try
        {
            live = JsonSerializer.SerializeToNode(monitor.CurrentValue, ValueJson);
        }
        catch (NotSupportedException)
        {
            yield break;
        }
        foreach (var property in properties)
        {
            var node = property.Split(':').Aggregate(live, (at, name) =>
                (at as JsonObject)?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value);
            foreach (var value in Flatten($"{sectionName}:{property}", node))
            {
                yield return value;
            }
        }
    }

    public IReadOnlyList<RuntimeSettingError> Check(IReadOnlyDictionary<string, string> overrides)
    {
        T candidate;
        try
        {
            candidate = Build(overrides);
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the key and the type it could not convert the value to.
            var key = overrides.Keys.FirstOrDefault(k => ex.Message.Contains($"'{k}'", StringComparison.OrdinalIgnoreCase)) ?? sectionName;
            return [new RuntimeSettingError(key, $"{key} has a value of the wrong type ({ex.Message})")];
        }
        // The binder skips a dictionary entry it cannot convert instead of throwing: an override that left no value is one.
        var bound = Bound(candidate);
        if (bound is not null && overrides.Keys.Where(k => !bound.Contains(k)).Select(k => new RuntimeSettingError(k, $"{k} has a value of the wrong type ('{overrides[k]}')"))
            .ToList() is { Count: > 0 } unbound)
        {
            return unbound;
        }
        return [.. validators
            .Select(v => v.Validate(Options.DefaultName, candidate))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? [r.FailureMessage ?? "invalid"])
            .Select(failure => new RuntimeSettingError(KeyOf(failure), failure))];
    }

    private T Build(IReadOnlyDictionary<string, string> overrides)
    {
        var options = new T();
        foreach (var configure in configures)
        {
            if (configure is IConfigureNamedOptions<T> named)
            {
                named.Configure(Options.DefaultName, options);
            }
            else
            {
                configure.Configure(options);
            }
        }
        foreach (var post in postConfigures.Where(p => p is not RuntimeOverlay<T>))
        {
            post.PostConfigure(Options.DefaultName, options);
        }
        RuntimeOverlay<T>.Apply(sectionName, overrides, options);
        return options;
    }

    /// <summary>The keys <paramref name="candidate"/> holds a value for; null when JSON cannot show the type.</summary>
    private HashSet<string>? Bound(T candidate)
    {
        try
        {
            return Paths(JsonSerializer.SerializeToNode(candidate), sectionName);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Every configuration key the object's JSON form holds (nested objects and dictionaries included).</summary>
    private static HashSet<string> Paths(JsonNode? node, string prefix)
    {
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { prefix };
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                paths.UnionWith(Paths(child, $"{prefix}:{name}"));
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                paths.UnionWith(Paths(array[i], $"{prefix}:{i}"));
            }
        }
        return paths;
    }

    /// <summary>Enums by name, as configuration writes them.</summary>
    private static readonly JsonSerializerOptions ValueJson = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A value as configuration holds it: a string's text, other values' JSON, an object's or array's leaves by path.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> Flatten(string key, JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Flatten($"{key}:{p.Key}", p.Value)),
        JsonArray array => array.SelectMany((item, i) => Flatten($"{key}:{i}", item)),
        JsonValue value => [KeyValuePair.Create(key, (string?)(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()))],
        _ => [KeyValuePair.Create(key, (string?)null)],
    };

    /// <summary>Validator messages start with the key they name (see <see cref="Hosting.SectionValidator{T}"/>).</summary>
    private string KeyOf(string failure)
    {
        var end = failure.IndexOfAny([' ', ',']);
        var key = end > 0 ? failure[..end] : failure;
        return key.StartsWith(sectionName, StringComparison.OrdinalIgnoreCase) ? key : sectionName;
    }
}
