using System.Globalization;
using System.Text;

namespace MediaJobs.Pipelines.Video;

/// <summary>Writes cues as SubRip (SRT) and WebVTT text. Pure.</summary>
public static class SubtitleFormat
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
            // "-->" may not appear in a WebVTT cue's text.
            text.AppendJoin('\n', cue.Lines.Select(l => l.Replace("-->", "->", StringComparison.Ordinal))).Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>hh:mm:ss,mmm (SRT) or hh:mm:ss.mmm (WebVTT).</summary>
    public static string Stamp(double seconds, char separator)
    {
        var ms = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        var t = TimeSpan.FromMilliseconds(ms);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}{separator}{t.Milliseconds:000}");
    }
}
