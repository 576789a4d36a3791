using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Video;

/// <summary>Reads the integrated loudness from the summary ffmpeg's <c>ebur128</c> filter writes to stderr. Pure.</summary>
internal static partial class LoudnessParser
{
    /// <summary>The last "I: -21.1 LUFS" line's value, or null (no summary, or silence: -inf / -70).</summary>
    public static double? TryParseIntegrated(IEnumerable<string> stderrLines)
    {
        ArgumentNullException.ThrowIfNull(stderrLines);
        double? found = null;
        foreach (var line in stderrLines)
        {
            var match = Integrated().Match(line);
            if (match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                found = value;
            }
        }
        return found is > -70 ? found : null;
    }

    [GeneratedRegex(@"^\s*I:\s+(-?[0-9.]+) LUFS\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Integrated();
}
