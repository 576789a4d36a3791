using System.Globalization;
using System.Text;

namespace MediaJobs.Pipelines.Video;

/// <summary>Writes cues as SubRip (SRT) and WebVTT text. Pure.</summary>
internal static class SubtitleFormat
{
    public static string ToSrt(IReadOnlyList<SubtitleCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var text = new StringBuilder();
        for (var i = 0; i < cues.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}\n{Stamp(cues[i].StartSec, ',')} --> {Stamp(cues[i].EndSec, ',')}\n");
            text.AppendJoin('\n', cues[i].Lines).Append("\n\n");
        }
        return text.ToString();
    }

    public static string ToVtt(IReadOnlyList<SubtitleCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var text = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Stamp(cue.StartSec, '.')} --> {Stamp(cue.EndSec, '.')}\n");
            text.Append(cue.Words.Count > 0 ? KaraokeText(cue) : string.Join('\n', cue.Lines.Select(VttText))).Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The cue's lines with a WebVTT timestamp tag before each word after the first (<c>&lt;00:00:01.230&gt;word</c>), so
    /// players that support it (:past / :future styling) follow the voice word by word; others show the plain text.
    /// </summary>
    private static string KaraokeText(SubtitleCue cue)
    {
        // The lines hold the words' text in order; a word may span several space-separated tokens ("Hello, —").
        var tokens = new Queue<(string Token, double? Onset)>(cue.Words.SelectMany((w, k) => w.Text
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((t, i) => (t, i == 0 && k > 0 && w.StartSec > cue.StartSec ? w.StartSec : (double?)null))));
        var lines = cue.Lines.Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
            tokens.TryDequeue(out var t) && t.Onset is { } onset ? $"<{Stamp(onset, '.')}>{VttText(word)}" : VttText(word))));
        return string.Join('\n', lines);
    }

    // "-->" may not appear in a WebVTT cue's text, and "<" / "&" would start a tag or an entity.
    private static string VttText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("-->", "->", StringComparison.Ordinal);

    /// <summary>hh:mm:ss,mmm (SRT) or hh:mm:ss.mmm (WebVTT).</summary>
    public static string Stamp(double seconds, char separator)
    {
        var ms = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        var t = TimeSpan.FromMilliseconds(ms);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}{separator}{t.Milliseconds:000}");
    }
}
