using System.Globalization;
using System.Text.Json;

namespace MediaJobs.Media.FFmpeg;

/// <summary>
/// Pure parser for the HDR10 entries of an ffprobe <c>side_data_list</c> (a stream's, or a frame's from
/// <c>-show_frames</c>): "Mastering display metadata" (rationals such as <c>34000/50000</c>) and
/// "Content light level metadata" (<c>max_content</c>, <c>max_average</c>). Incomplete or out-of-range entries are ignored.
/// </summary>
public static class HdrSideDataParser
{
    public const string MasteringDisplayType = "Mastering display metadata";
    public const string ContentLightType = "Content light level metadata";

    public static HdrMetadata? Parse(JsonElement sideDataList)
    {
        if (sideDataList.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        MasteringDisplay? mastering = null;
        ContentLightLevel? light = null;
        foreach (var entry in sideDataList.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            switch (Text(entry, "side_data_type"))
            {
                case MasteringDisplayType:
                    mastering ??= ParseMastering(entry);
                    break;
                case ContentLightType:
                    light ??= ParseLight(entry);
                    break;
            }
        }
        return mastering is null && light is null ? null : new HdrMetadata(mastering, light);
    }

    /// <summary>The side data of the first frame in <c>ffprobe -show_frames -print_format json</c> output.</summary>
    public static HdrMetadata? ParseFirstFrame(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("frames", out var frames) && frames.ValueKind == JsonValueKind.Array
            && frames.GetArrayLength() > 0 && frames[0].TryGetProperty("side_data_list", out var list)
            ? Parse(list)
            : null;
    }

    /// <summary>An ffprobe rational (<c>34000/50000</c>) or plain number as an exact decimal; null for junk or a zero denominator.</summary>
    public static decimal? ParseRational(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Number(value);
        }
        return Number(value[..slash]) is { } num && Number(value[(slash + 1)..]) is { } den && den != 0 ? num / den : null;
    }

    private static MasteringDisplay? ParseMastering(JsonElement e)
    {
        string[] chroma = ["red_x", "red_y", "green_x", "green_y", "blue_x", "blue_y", "white_point_x", "white_point_y"];
        var xy = chroma.Select(name => ParseRational(Text(e, name))).ToArray();
        var max = ParseRational(Text(e, "max_luminance"));
        var min = ParseRational(Text(e, "min_luminance"));
        if (xy.Any(v => v is not (>= 0 and <= 1)) || max is not > 0 || min is not >= 0 || min >= max)
        {
            return null;
        }
        return new MasteringDisplay(xy[0]!.Value, xy[1]!.Value, xy[2]!.Value, xy[3]!.Value, xy[4]!.Value, xy[5]!.Value,
            xy[6]!.Value, xy[7]!.Value, max.Value, min.Value);
    }

    private static ContentLightLevel? ParseLight(JsonElement e)
    {
        var maxContent = Level(e, "max_content");
        var maxAverage = Level(e, "max_average");
        // 0,0 is how a stream says "unknown".
        return maxContent is { } cll && maxAverage is { } fall && (cll > 0 || fall > 0) ? new ContentLightLevel(cll, fall) : null;
    }

    private static int? Level(JsonElement e, string name) =>
        int.TryParse(Text(e, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 65535 ? v : null;

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
