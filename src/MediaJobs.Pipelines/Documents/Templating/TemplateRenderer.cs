using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>Replaces <c>{{ field }}</c> placeholders with values (pure). A field without a value renders as empty text.</summary>
internal static partial class TemplateRenderer
{
    public static string Render(string body, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(body, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : "");
    }

    /// <summary>The distinct field names used in <paramref name="body"/>, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string body) =>
        [.. Placeholder().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
