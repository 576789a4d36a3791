using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// A duration as seed 000 writes it (<c>"00:01:00"</c>, .NET's <c>hh:mm:ss</c>) or as ISO 8601 (<c>"PT1M"</c>,
/// <c>"PT1.5M"</c>, <c>"PT90S"</c>: Aura's wizard sends <c>PT{minutes}M</c>). Pure.
/// </summary>
internal static partial class SpecDuration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (Iso8601().Match(trimmed) is { Success: true } iso && trimmed.Length > 2 && !trimmed.EndsWith('T'))
        {
            value = TimeSpan.FromDays(Part(iso, "d")) + TimeSpan.FromHours(Part(iso, "h"))
                + TimeSpan.FromMinutes(Part(iso, "m")) + TimeSpan.FromSeconds(Part(iso, "s"));
            return true;
        }
        return TimeSpan.TryParseExact(trimmed, [@"hh\:mm\:ss", @"hh\:mm\:ss\.FFF", @"h\:mm\:ss", @"h\:mm\:ss\.FFF", @"mm\:ss"], CultureInfo.InvariantCulture, out value);
    }

    private static double Part(Match match, string name) =>
        match.Groups[name] is { Success: true } group
            ? double.Parse(group.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex(@"^P(?:(?<d>\d{1,3}(?:[.,]\d{1,6})?)D)?(?:T(?:(?<h>\d{1,3}(?:[.,]\d{1,6})?)H)?(?:(?<m>\d{1,5}(?:[.,]\d{1,6})?)M)?(?:(?<s>\d{1,6}(?:[.,]\d{1,6})?)S)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iso8601();
}
