using System.Globalization;
using System.Text.Json;

namespace MediaJobs.Media.FFmpeg;

/// <summary>Pure parser for ffprobe's JSON. Numbers arrive as strings or numbers; both are read with the invariant culture.</summary>
public static class FfprobeJsonParser
{
    public static MediaProbe Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        var format = root.TryGetProperty("format", out var f)
            ? new MediaFormat(Str(f, "format_name"), Seconds(f, "duration"), Long(f, "size"), Long(f, "bit_rate"), Tags(f))
            : new MediaFormat(null, null, null, null, new Dictionary<string, string>());

        var streams = new List<MediaStream>();
        if (root.TryGetProperty("streams", out var ss) && ss.ValueKind == JsonValueKind.Array)
        {
            streams.AddRange(ss.EnumerateArray().Select(ParseStream));
        }

        var chapters = new List<MediaChapter>();
        if (root.TryGetProperty("chapters", out var cs) && cs.ValueKind == JsonValueKind.Array)
        {
            foreach (var c in cs.EnumerateArray())
            {
                Tags(c).TryGetValue("title", out var title);
                chapters.Add(new MediaChapter(Long(c, "id") ?? chapters.Count, Seconds(c, "start_time") ?? TimeSpan.Zero,
                    Seconds(c, "end_time") ?? TimeSpan.Zero, title));
            }
        }

        return new MediaProbe(format, streams, chapters);
    }

    /// <summary>Parses ffprobe rationals like <c>30000/1001</c> (or plain numbers); null for <c>0/0</c> and junk.</summary>
    public static double? ParseRational(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ParseDouble(value) is > 0 and var plain ? plain : null;
        }

        return ParseDouble(value[..slash]) is { } num && ParseDouble(value[(slash + 1)..]) is > 0 and var den && num > 0
            ? num / den
            : null;
    }

    private static MediaStream ParseStream(JsonElement s)
    {
        var tags = Tags(s);
        tags.TryGetValue("language", out var language);
        var pixFmt = Str(s, "pix_fmt");
        var disposition = s.TryGetProperty("disposition", out var d) ? d : default;
        return new MediaStream
        {
            Index = (int)(Long(s, "index") ?? 0),
            CodecType = Str(s, "codec_type") ?? string.Empty,
            CodecName = Str(s, "codec_name"),
            Profile = Str(s, "profile"),
            Width = Int(s, "width"),
            Height = Int(s, "height"),
            FrameRate = ParseRational(Str(s, "avg_frame_rate")) ?? ParseRational(Str(s, "r_frame_rate")),
            PixFmt = pixFmt,
            BitDepth = Int(s, "bits_per_raw_sample") is > 0 and var bits ? bits : BitDepthOf(pixFmt),
            SampleRate = Int(s, "sample_rate"),
            Channels = Int(s, "channels"),
            Language = language,
            ColorTransfer = Str(s, "color_transfer"),
            ColorPrimaries = Str(s, "color_primaries"),
            ColorSpace = Str(s, "color_space"),
            HdrMetadata = s.TryGetProperty("side_data_list", out var sideData) ? HdrSideDataParser.Parse(sideData) : null,
            Duration = Seconds(s, "duration"),
            BitRate = Long(s, "bit_rate"),
            IsDefault = disposition.ValueKind == JsonValueKind.Object && Int(disposition, "default") == 1,
            IsAttachedPicture = disposition.ValueKind == JsonValueKind.Object && Int(disposition, "attached_pic") == 1,
        };
    }

    private static int? BitDepthOf(string? pixFmt) => pixFmt switch
    {
        null => null,
        _ when pixFmt.Contains("p10", StringComparison.Ordinal) => 10,
        _ when pixFmt.Contains("p12", StringComparison.Ordinal) => 12,
        _ when pixFmt.StartsWith("yuv", StringComparison.Ordinal) || pixFmt.StartsWith("nv12", StringComparison.Ordinal) => 8,
        _ => null,
    };

    private static Dictionary<string, string> Tags(JsonElement e)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (e.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in t.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String)
                {
                    tags[p.Name] = p.Value.GetString()!;
                }
            }
        }

        return tags;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static double? ParseDouble(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    private static long? Long(JsonElement e, string name) =>
        long.TryParse(Str(e, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;

    private static int? Int(JsonElement e, string name) =>
        int.TryParse(Str(e, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static TimeSpan? Seconds(JsonElement e, string name) =>
        ParseDouble(Str(e, name)) is >= 0 and var s ? TimeSpan.FromSeconds(s) : null;
}
