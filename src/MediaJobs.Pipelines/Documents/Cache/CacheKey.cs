using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Documents.Cache;

/// <summary>
/// The cache key (pure): SHA-256 over the job type, the input's content hash, the parameters in canonical form
/// (keys sorted; <c>use_cache</c>, <c>webhook</c> and the file's path left out, since the content hash stands for the
/// file), the template's text (so an edited template is not served stale results) and the providers that shape the
/// results (the template-filling model, a cloud extractor), so configuring another model is not served old results.
/// </summary>
internal static class CacheKey
{
    private static readonly string[] Ignored = ["use_cache", "webhook", "filename", "uploaded_file"];

    public static async Task<string> HashFileAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Compute(string jobType, string contentHash, JsonObject parameters, string? templateText, string providers)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var canonical = new JsonObject();
        foreach (var (name, value) in parameters.Where(kv => !Ignored.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            canonical[name] = Canonical(value);
        }
        return HashText(string.Join('\n', jobType, contentHash, canonical.ToJsonString(), templateText ?? "", providers));
    }

    /// <summary>
    /// The key within one owner's cache (an API key id; null for a server without keys): results, the source
    /// job id and its log line are shared only among the jobs of the owner who made them.
    /// </summary>
    public static string ForOwner(string key, string? owner) => HashText(string.Join('\n', "owner", owner ?? "", key));

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, Canonical(kv.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Canonical)]),
        _ => node?.DeepClone(),
    };
}
