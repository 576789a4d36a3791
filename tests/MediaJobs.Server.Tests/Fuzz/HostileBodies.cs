using System.Text;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// Bodies built from a valid sample: each string value, each object and each key in turn made hostile (issue 10,
/// finding 3), and objects nested around the stored-input limit (finding 4). The JSON text is written by the
/// serializer with a placeholder, which is then swapped for raw text the serializer would never write.
/// </summary>
internal static class HostileBodies
{
    private const string Hole = "\"__hostile__\"";

    /// <summary>Strings that parse but are not text a server can keep: lone surrogates, U+0000, raw non-UTF-8 bytes.</summary>
    public static readonly (string Name, byte[] Json)[] Strings =
    [
        ("lone high surrogate", Ascii("\"\\ud800\"")),
        ("lone low surrogate", Ascii("\"x\\udc00y\"")),
        ("reversed pair", Ascii("\"\\udc00\\ud800\"")),
        ("NUL then surrogate", Ascii("\"\\u0000\\ud800\"")),
        ("NUL", Ascii("\"a\\u0000b\"")),
        ("raw FF FE bytes", [(byte)'"', 0xFF, 0xFE, (byte)'"']),
        ("raw overlong UTF-8", [(byte)'"', 0xC0, 0xAF, (byte)'"']),
        ("raw CESU surrogate", [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']),
    ];

    /// <summary>Every body that must be refused: (what was done, body).</summary>
    public static IEnumerable<(string What, byte[] Body)> MustRefuse(JsonObject sample)
    {
        foreach (var path in Paths(sample).Where(p => p.Node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String))
        {
            foreach (var (name, json) in Strings)
            {
                yield return ($"{name} as {path.Where}", Fill(sample, path.Where, json));
            }
        }
        foreach (var path in Paths(sample).Where(p => p.Node is JsonObject))
        {
            foreach (var (name, json) in Strings)
            {
                yield return ($"{name} as a key of {path.Where}", AddKey(sample, path.Where, json));
            }
            foreach (var key in ((JsonObject)path.Node!).Select(kv => kv.Key).ToList())
            {
                yield return ($"duplicate key '{key}' in {path.Where}", AddKey(sample, path.Where, Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(key))));
            }
        }
    }

    /// <summary>Bodies whose objects hold a value nested <paramref name="levels"/> deep (allowed or refused, never a 500).</summary>
    public static IEnumerable<(string What, byte[] Body)> Nested(JsonObject sample, int levels)
    {
        var nested = Ascii(string.Concat(Enumerable.Repeat("{\"n\":", levels)) + "1" + new string('}', levels));
        foreach (var path in Paths(sample).Where(p => p.Node is JsonObject))
        {
            yield return ($"{levels} nested objects under {path.Where}", Fill(sample, path.Where + ".__deep__", nested, add: true));
        }
    }

    /// <summary>Every node of the sample with a path (<c>$</c>, <c>$.inputs</c>, <c>$.jobs[0]</c>…).</summary>
    public static List<(string Where, JsonNode? Node)> Paths(JsonNode root)
    {
        var all = new List<(string, JsonNode?)>();
        void Walk(string where, JsonNode? node)
        {
            all.Add((where, node));
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        Walk($"{where}.{key}", value);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk($"{where}[{i}]", a[i]);
                    }
                    break;
            }
        }
        Walk("$", root);
        return all;
    }

    /// <summary>The sample with the node at <paramref name="where"/> (or a new key there) replaced by raw JSON.</summary>
    private static byte[] Fill(JsonObject sample, string where, byte[] raw, bool add = false)
    {
        var copy = sample.DeepClone().AsObject();
        var (parent, last) = Locate(copy, where);
        switch (parent)
        {
            case JsonObject o when add || o.ContainsKey(last):
                o[last] = "__hostile__";
                break;
            case JsonArray a:
                a[Index(last)] = "__hostile__";
                break;
        }
        return Splice(copy.ToJsonString(), Hole, raw);
    }

    /// <summary>The sample with one more key (raw JSON string <paramref name="rawKey"/>) in the object at <paramref name="where"/>.</summary>
    private static byte[] AddKey(JsonObject sample, string where, byte[] rawKey)
    {
        var copy = sample.DeepClone().AsObject();
        NodeAt(copy, where).AsObject()["__hostile__"] = 1;
        return Splice(copy.ToJsonString(), Hole, rawKey);
    }

    private static JsonNode NodeAt(JsonObject root, string where)
    {
        if (where == "$")
        {
            return root;
        }
        var (parent, last) = Locate(root, where);
        return parent is JsonArray a ? a[Index(last)]! : parent[last]!;
    }

    private static int Index(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static (JsonNode Parent, string Last) Locate(JsonObject root, string where)
    {
        var steps = where[1..].Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        JsonNode node = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            node = steps[i].StartsWith('[') ? node[Index(steps[i][1..^1])]! : node[steps[i]]!;
        }
        var last = steps[^1];
        return (node, last.StartsWith('[') ? last[1..^1] : last);
    }

    private static byte[] Splice(string json, string hole, byte[] raw)
    {
        var at = json.IndexOf(hole, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no placeholder in {json}");
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. raw, .. Encoding.UTF8.GetBytes(json[(at + hole.Length)..])];
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
