using System.Text;
using System.Text.Json;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Api.Requests;

/// <summary>
/// What the JSON parser lets through but nothing after it may meet: strings and keys that are not valid Unicode
/// (a lone surrogate escape like <c>"\ud800"</c>, raw bytes that are not UTF-8), the character U+0000 (no store
/// keeps it: PostgreSQL's jsonb refuses it) and a key given twice in one object (which value counts would be a guess).
/// Each is a 400 naming where it is. Runs over the raw bytes before the body becomes a tree.
/// </summary>
internal static class JsonBodyValidator
{
    public static void Validate(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        // One entry per open container: the keys seen so far in an object (null for an array), and where it is.
        var keys = new Stack<HashSet<string>?>();
        var path = new Stack<string>();
        path.Push("$");
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path.Push(keys.Count == 0 ? "$" : Child(path.Peek(), pendingName, keys.Peek()));
                        keys.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        pendingName = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        keys.Pop();
                        path.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = ReadString(ref reader, path.Peek(), "a key");
                        if (!keys.Peek()!.Add(name))
                        {
                            throw Bad(path.Peek(), $"The key '{Printable(name)}' appears twice in the object at {path.Peek()}; send each key once.");
                        }
                        pendingName = name;
                        break;
                    case JsonTokenType.String:
                        ReadString(ref reader, Child(path.Peek(), pendingName, keys.Count > 0 ? keys.Peek() : null), "the string");
                        pendingName = null;
                        break;
                    default:
                        pendingName = null;
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    public static RequestProblemException Malformed(JsonException ex) => new(
        StatusCodes.Status400BadRequest,
        "Malformed JSON",
        $"The request body is not valid JSON (at {ex.Path ?? "$"}, line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).",
        ex.Path ?? "$");

    private static string ReadString(ref Utf8JsonReader reader, string where, string what)
    {
        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Bad(where, $"{Capital(what)} at {where} is not valid Unicode (a lone surrogate escape such as \\ud800, or bytes that are not UTF-8).");
        }
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw Bad(where, $"{Capital(what)} at {where} contains the character U+0000, which is not accepted.");
        }
        return value;
    }

    private static string Child(string parent, string? name, HashSet<string>? objectKeys) =>
        objectKeys is null || name is null ? parent + "[]" : parent + "." + Printable(name);

    /// <summary>A key as it may be quoted in a message: control characters and surrogates escaped.</summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 64));
        foreach (var c in text.Length > 64 ? text[..64] : text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c);
        }
        return builder.ToString();
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static RequestProblemException Bad(string field, string detail) =>
        new(StatusCodes.Status400BadRequest, "Malformed JSON", detail, field);
}
