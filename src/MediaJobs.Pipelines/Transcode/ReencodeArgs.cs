using System.Globalization;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Builds the whole command line that re-encodes a source file (pure): every stream is mapped by index, the
/// primary video is re-encoded, audio and subtitles are copied (text subtitles become <c>mov_text</c> in MP4),
/// chapters and metadata are kept; what the container cannot hold is dropped and listed in <see cref="EncodePlan.Dropped"/>.
/// The source decides the encoder settings: its bit depth is kept, HDR10 signalling is passed through (colour
/// primaries, transfer, matrix; x265 <c>hdr10=1</c>), and so are its mastering display and content light level on
/// libx265 and libsvtav1 (<see cref="HdrEncoderParams"/>). Not shared with <c>Video.RenderEncoderArgs</c>, whose
/// picture is our own 8-bit SDR render with settings from the request's quality.
/// </summary>
internal static class ReencodeArgs
{
    private static readonly HashSet<string> Mp4Audio = new(StringComparer.Ordinal) { "aac", "mp3", "mp2", "ac3", "eac3", "opus", "flac", "alac", "dts" };

    public static EncodePlan Build(EncodeSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var video = s.Probe.PrimaryVideo ?? throw new ArgumentException("The source has no video stream.", nameof(s));
        // No -nostdin: the runner stops an encode with "q" on stdin (ffmpeg closes the file and exits at once);
        // with -nostdin that never arrives and only the kill after the grace period stops it.
        var args = new List<string>();
        if (s.Encoder.Name.EndsWith("_vaapi", StringComparison.Ordinal))
        {
            args.AddRange(["-vaapi_device", "/dev/dri/renderD128"]);
        }
        if (s.Window is { } window)
        {
            if (s.Frames is not null)
            {
                args.AddRange(["-seek_timestamp", "1"]);
            }
            args.AddRange(["-ss", Seconds(window.Start)]);
            args.AddRange(["-t", Seconds(window.Length)]);
        }
        if (s.ConcatVideo is { } list)
        {
            args.AddRange(["-f", "concat", "-i", list]);
        }
        args.AddRange(["-i", s.Source]);
        // In a join the source is the second input; its video is replaced by the concatenated segments.
        var src = s.ConcatVideo is null ? "0" : "1";

        var kept = new List<int>();
        var dropped = new List<string>();
        var perStream = new List<string>();
        args.AddRange(["-map", s.ConcatVideo is null ? $"0:{Num(video.Index)}" : "0:v:0"]);
        kept.Add(video.Index);
        var counts = new Dictionary<char, int> { ['v'] = 1, ['a'] = 0, ['s'] = 0, ['t'] = 0 };
        var mp4 = s.Container == OutputContainer.Mp4;
        foreach (var stream in s.VideoOnly ? [] : s.Probe.Streams.Where(x => x.Index != video.Index))
        {
            var kind = stream.CodecType switch { "video" => 'v', "audio" => 'a', "subtitle" => 's', "attachment" => 't', _ => '?' };
            var why = kind switch
            {
                '?' => $"{stream.CodecType} stream #{stream.Index} ({stream.CodecName}) is not kept",
                'v' when mp4 && stream.IsAttachedPicture => $"cover art #{stream.Index} cannot be kept in MP4",
                'a' when mp4 && !Mp4Audio.Contains(stream.CodecName ?? "") => $"audio #{stream.Index} ({stream.CodecName}) cannot be stored in MP4",
                's' when mp4 && !OutputContainerExtensions.IsTextSubtitle(stream.CodecName) => $"subtitle #{stream.Index} ({stream.CodecName}, bitmap) cannot be stored in MP4",
                't' when mp4 => $"attachment #{stream.Index} ({stream.CodecName}) cannot be stored in MP4",
                _ => null,
            };
            if (why is not null)
            {
                dropped.Add(why);
                continue;
            }
            var n = counts[kind]++;
            args.AddRange(["-map", $"{src}:{Num(stream.Index)}"]);
            kept.Add(stream.Index);
            if (kind == 's' && mp4 && stream.CodecName != "mov_text")
            {
                perStream.AddRange([$"-c:s:{Num(n)}", "mov_text"]);
            }
            else if (kind == 's' && !mp4 && stream.CodecName == "mov_text")
            {
                perStream.AddRange([$"-c:s:{Num(n)}", "srt"]);
            }
        }
        if (s.VideoOnly)
        {
            args.AddRange(["-map_metadata", "-1", "-map_chapters", "-1"]);
        }
        else
        {
            args.AddRange(["-map_metadata", src, "-map_chapters", src]);
        }
        args.AddRange(["-c", "copy"]);
        args.AddRange(perStream);
        args.AddRange(s.ConcatVideo is null ? VideoCodecArgs(s, video) : JoinedVideoArgs(s));
        if (s.Frames is { } frames)
        {
            args.AddRange(["-frames:v", Num(frames)]);
        }
        args.AddRange(["-max_muxing_queue_size", "1024", "-f", s.Container.MuxerName(), s.Output]);
        return new EncodePlan(args, kept, dropped);
    }

    private static List<string> VideoCodecArgs(EncodeSettings s, MediaStream video)
    {
        var tenBit = (video.BitDepth ?? 8) > 8;
        var hdr = video.IsHdr;
        var crf = Num(s.Crf);
        var name = s.Encoder.Name;
        var args = new List<string> { "-c:v:0", name };
        var filters = new List<string>();
        if (s.TargetHeight is { } height && video.Height > height)
        {
            filters.Add($"scale=-2:{Num(height)}");
        }
        switch (name)
        {
            case "libx265":
                args.AddRange(["-preset", s.X265Preset, "-crf", crf, "-pix_fmt", tenBit ? "yuv420p10le" : "yuv420p"]);
                args.AddRange(["-x265-params", X265Params(video, hdr)]);
                break;
            case "libsvtav1":
                args.AddRange(["-preset", Num(s.SvtAv1Preset), "-crf", crf, "-pix_fmt", tenBit ? "yuv420p10le" : "yuv420p"]);
                if (hdr && HdrEncoderParams.SvtAv1(video.HdrMetadata) is { Count: > 0 } svt)
                {
                    args.AddRange(["-svtav1-params", string.Join(':', svt)]);
                }
                break;
            default:
                if (name.EndsWith("_nvenc", StringComparison.Ordinal))
                {
                    args.AddRange(["-rc", "vbr", "-cq", crf, "-b:v", "0", "-pix_fmt", tenBit ? "p010le" : "yuv420p"]);
                }
                else if (name.EndsWith("_vaapi", StringComparison.Ordinal))
                {
                    filters.AddRange([tenBit ? "format=p010" : "format=nv12", "hwupload"]);
                    args.AddRange(["-qp", crf]);
                }
                else
                {
                    args.AddRange(["-global_quality", crf]);
                }
                break;
        }
        if (filters.Count > 0)
        {
            args.AddRange(["-filter:v:0", string.Join(',', filters)]);
        }
        // Colour signalling passes through on every encoder; HDR10 needs it to display right.
        if (video.ColorPrimaries is { } primaries)
        {
            args.AddRange(["-color_primaries:v:0", primaries]);
        }
        if (video.ColorTransfer is { } transfer)
        {
            args.AddRange(["-color_trc:v:0", transfer]);
        }
        if (hdr)
        {
            args.AddRange(["-colorspace:v:0", "bt2020nc"]);
        }
        if (s.Container == OutputContainer.Mp4 && s.Encoder.Target == VideoCodec.Hevc)
        {
            args.AddRange(["-tag:v:0", "hvc1"]);
        }
        return args;
    }

    /// <summary>The joined segments are copied; only the MP4 tag of HEVC is set again, as the one-piece encode sets it.</summary>
    private static List<string> JoinedVideoArgs(EncodeSettings s) =>
        s.Container == OutputContainer.Mp4 && s.Encoder.Target == VideoCodec.Hevc ? ["-c:v:0", "copy", "-tag:v:0", "hvc1"] : ["-c:v:0", "copy"];

    private static string X265Params(MediaStream video, bool hdr)
    {
        var parts = new List<string> { "log-level=error" };
        if (hdr)
        {
            parts.AddRange(["hdr10=1", "hdr10-opt=1", "repeat-headers=1", "colormatrix=bt2020nc"]);
            if (video.ColorPrimaries is { } p)
            {
                parts.Add("colorprim=" + p);
            }
            if (video.ColorTransfer is { } t)
            {
                parts.Add("transfer=" + t);
            }
            parts.AddRange(HdrEncoderParams.X265(video.HdrMetadata));
        }
        return string.Join(':', parts);
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
