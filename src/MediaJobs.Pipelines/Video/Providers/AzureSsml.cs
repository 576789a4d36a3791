using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Builds the SSML for one sentence (pure): <c>&lt;voice name&gt;</c>, <c>&lt;prosody rate pitch&gt;</c> from the
/// speed and pitch multipliers, the text XML-escaped, and a <c>&lt;break&gt;</c> after each clause (commas, semicolons,
/// colons) scaled by the pause multiplier. Pauses between sentences are laid out by the narration step, so timing stays exact.
/// </summary>
internal static partial class AzureSsml
{
    public const double ClauseBreakMs = 150;

    /// <summary>Azure neural voice names look like <c>en-US-JennyNeural</c> or <c>de-DE-Florian:DragonHDLatestNeural</c>.</summary>
    public static bool IsAzureVoice(string? voiceName) => voiceName is not null && AzureVoicePattern().IsMatch(voiceName);

    /// <summary>The <c>&lt;speak&gt;</c> document that has <paramref name="voice"/> say <paramref name="request"/>'s text.</summary>
    public static string Build(SpeechRequest request, string voice)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        var inv = CultureInfo.InvariantCulture;
        var rate = (request.Speed - 1) * 100;
        var semitones = 12 * Math.Log2(Math.Max(0.01, request.Pitch));
        var pause = Math.Round(ClauseBreakMs * request.Pause);
        var text = new StringBuilder();
        var clauses = ClauseEnd().Split(request.Text.Trim());
        for (var i = 0; i < clauses.Length; i++)
        {
            text.Append(SecurityElement.Escape(clauses[i]));
            if (i < clauses.Length - 1 && pause > 0)
            {
                text.Append("<break time=\"").Append(pause.ToString("0", inv)).Append("ms\"/>");
            }
        }
        var prosody = $"rate=\"{rate.ToString("+0.##;-0.##;+0", inv)}%\" pitch=\"{semitones.ToString("+0.##;-0.##;+0", inv)}st\"";
        return $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{SecurityElement.Escape(request.Language)}\">"
            + $"<voice name=\"{SecurityElement.Escape(voice)}\"><prosody {prosody}>{text}</prosody></voice></speak>";
    }

    [GeneratedRegex(@"^[a-z]{2,3}-[A-Z]{2,4}(?:-[A-Za-z]{4})?-[A-Za-z0-9:]+Neural$", RegexOptions.CultureInvariant)]
    private static partial Regex AzureVoicePattern();

    /// <summary>Splits after a clause mark, keeping it with the clause.</summary>
    [GeneratedRegex(@"(?<=[,;:])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();
}
