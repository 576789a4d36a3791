using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>CSS's functional form <c>rgb(255, 204, 0)</c> (or space-separated, <c>rgb(255 204 0)</c>) as <c>#RRGGBB</c>.</summary>
internal static partial class CssRgb
{
    public static string? Read(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var parts = match.Groups["c"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        return parts.All(p => p <= 255) ? string.Create(CultureInfo.InvariantCulture, $"#{parts[0]:X2}{parts[1]:X2}{parts[2]:X2}") : null;
    }

    [GeneratedRegex(@"^rgb\(\s*(?<c>\d{1,3})\s*(?:,\s*|\s+)(?<c>\d{1,3})\s*(?:,\s*|\s+)(?<c>\d{1,3})\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
