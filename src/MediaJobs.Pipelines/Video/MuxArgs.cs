using System.Globalization;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Pure builder of the one final ffmpeg pass: shots (looped inputs) + narration + music bed + SRT →
/// MP4 (<c>+faststart</c>) with the requested codec, AAC 48 kHz stereo and a mov_text subtitle track.
/// </summary>
internal static class MuxArgs
{
    public static IReadOnlyList<string> Build(MuxInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var plan = inputs.Plan;
        var request = inputs.Request;
        var inv = CultureInfo.InvariantCulture;
        if (plan.Segments.Count == 0)
        {
            throw new ArgumentException("The b-roll plan has no shots.", nameof(inputs));
        }
        var args = new List<string>();
        for (var k = 0; k < plan.Segments.Count; k++)
        {
            var length = MuxFilterGraph.N(MuxFilterGraph.InputLength(plan, k));
            var clip = plan.Segments[k].ClipPath;
            // A still becomes a stream of frames at the output rate; the shot's motion pans or zooms across it.
            args.AddRange(BrollFileKinds.IsStill(clip)
                ? ["-loop", "1", "-framerate", MuxFilterGraph.N(plan.Fps), "-t", length, "-i", clip]
                : ["-stream_loop", "-1", "-t", length, "-i", clip]);
        }
        var voice = plan.Segments.Count;
        args.AddRange(["-i", inputs.NarrationPath]);
        int? music = null;
        var next = voice + 1;
        if (plan.MusicPath is not null)
        {
            music = next++;
            args.AddRange(["-stream_loop", "-1", "-i", plan.MusicPath]);
        }
        int? subtitles = null;
        if (inputs.SubtitleFile is not null)
        {
            subtitles = next;
            args.AddRange(["-i", inputs.SubtitleFile]);
        }
        var graph = MuxFilterGraph.Video(plan, inputs.BurnFile) + ";" + MuxFilterGraph.Audio(voice, music, plan.DurationSec, inputs.VoiceLufs);
        args.AddRange(["-filter_complex", graph, "-map", "[vout]", "-map", "[aout]"]);
        if (subtitles is { } s)
        {
            args.AddRange(["-map", string.Create(inv, $"{s}:s"), "-c:s", "mov_text", "-metadata:s:s:0", "language=" + Iso6392(request.Language)]);
        }
        args.AddRange(EncoderArgs.Build(request));
        args.AddRange(["-r", MuxFilterGraph.N(plan.Fps),
            "-c:a", "aac", "-b:a", string.Create(inv, $"{request.AudioBitrateK}k"), "-ar", "48000", "-ac", "2",
            "-metadata", "title=" + inputs.Title,
            "-metadata", "comment=Made with MediaJobs (offline); b-roll and music CC0",
            "-t", MuxFilterGraph.N(plan.DurationSec), "-movflags", "+faststart", "-f", "mp4", inputs.OutputPath]);
        return args;
    }

    /// <summary>ISO 639-2 code for the subtitle track's language tag (und when unknown).</summary>
    public static string Iso6392(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Split('-')[0].ToLowerInvariant() switch
        {
            "en" => "eng",
            "de" => "ger",
            "fr" => "fre",
            "es" => "spa",
            "it" => "ita",
            "pt" => "por",
            "nl" => "dut",
            "pl" => "pol",
            "ru" => "rus",
            "ja" => "jpn",
            "zh" => "chi",
            _ => "und",
        };
    }

    /// <summary>One frame for the thumbnail at <paramref name="atSec"/> (the end card, with the title on it).</summary>
    public static IReadOnlyList<string> Thumbnail(string videoPath, double atSec, string outputPath) =>
        ["-ss", MuxFilterGraph.N(Math.Max(0, atSec)), "-i", videoPath, "-frames:v", "1", "-q:v", "3", "-f", "image2", outputPath];

    /// <summary>
    /// Where the thumbnail is taken: in the end hold, once the end card (the title) has faded in and before the picture
    /// fades out; a third of the way in when there is no such hold.
    /// </summary>
    public static double ThumbnailTime(double durationSec, double speechEndSec)
    {
        var hold = durationSec - speechEndSec;
        return hold >= Captions.AssCaptions.MinEndHoldSec
            ? Math.Min(speechEndSec + Captions.AssCaptions.EndCardDelaySec + 0.45, durationSec - 0.55)
            : Math.Max(0, Math.Min(durationSec / 3, durationSec - 0.5));
    }
}
