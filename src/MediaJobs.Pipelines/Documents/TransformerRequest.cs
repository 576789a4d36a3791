using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// A <c>transformer</c> job: <c>text</c> (required) into <c>template</c> (default <c>Summary</c>), with an optional
/// <c>title</c>, fixed field <c>values</c> (an object of strings) and <c>use_cache</c>.
/// </summary>
internal sealed record TransformerRequest(string Text, string Template, string? Title, IReadOnlyDictionary<string, string> Values, bool UseCache)
{
    public const int MaxTextLength = 2_000_000;

    public static TransformerRequest Parse(JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new InputReader(input);
        var text = reader.Text("text", MaxTextLength);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw JobValidationException.InInput("text", _ => "'text' (the text to transform) is required.");
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input["values"] is { } node)
        {
            if (node is not JsonObject obj || obj.Any(kv => kv.Value?.GetValueKind() != JsonValueKind.String))
            {
                throw JobValidationException.InInput("values", _ => "'values' must be an object of strings (field name → value).");
            }
            foreach (var (name, value) in obj)
            {
                values[name] = value!.GetValue<string>();
            }
        }
        return new TransformerRequest(text, reader.Text("template", 128) ?? "Summary", reader.Text("title", 500), values, reader.Boolean("use_cache", false));
    }
}
