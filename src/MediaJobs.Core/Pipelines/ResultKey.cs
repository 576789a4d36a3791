using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Core.Pipelines;

/// <summary>
/// A named, typed entry of a job's results: what one step hands to a later one (the bytes a probe measured, the CRF an
/// analysis chose). Results are stored with every commit of the job, so a later step sees the value also when it runs
/// in another attempt or on another node after a crash. Declare keys once, as static fields of the pipeline's feature.
/// </summary>
/// <param name="Name">The result's name, as MediaJobs documents it (a compat surface maps it to its own wire name).</param>
public sealed record ResultKey<T>(string Name)
{
    /// <summary>Plain property names (<c>keptStreams</c> ⇒ as declared on the type, camelCase), numbers as numbers.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The value as it is stored in the results.</summary>
    public JsonNode? ToJson(T value) => JsonSerializer.SerializeToNode(value, Json);

    /// <summary>Reads this entry from <paramref name="results"/>; false when it is absent or null.</summary>
    public bool TryRead(JsonObject results, out T value)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results[Name] is { } node && node.Deserialize<T>(Json) is { } read)
        {
            value = read;
            return true;
        }
        value = default!;
        return false;
    }
}
