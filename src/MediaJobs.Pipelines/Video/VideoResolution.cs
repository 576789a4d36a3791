using System.Globalization;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video;

/// <summary>Turns <c>res</c> ("720p" or "WxH") and the aspect into an even width and height.</summary>
internal static class VideoResolution
{
    private static readonly Dictionary<string, int> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["2160p"] = 2160,
        ["1440p"] = 1440,
        ["1080p"] = 1080,
        ["720p"] = 720,
        ["480p"] = 480,
        ["360p"] = 360,
        ["240p"] = 240,
    };

    /// <summary>
    /// "720p" names the short side; "WxH" is taken as is (even, 16–3840) and must match an explicitly
    /// given aspect within 3 %. Returns the size and the aspect it implies.
    /// </summary>
    public static (int Width, int Height, VideoAspect Aspect) Parse(string res, VideoAspect aspect, bool aspectGiven, string field)
    {
        ArgumentNullException.ThrowIfNull(res);
        var text = res.Trim();
        if (Named.TryGetValue(text, out var shortSide))
        {
            var (w, h) = FrameFor(shortSide, aspect);
            return (w, h, aspect);
        }
        var parts = text.Split('x', 'X');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height))
        {
            throw InputReader.Refuse("", field, $"must be one of {string.Join(", ", Named.Keys)} or \"WIDTHxHEIGHT\", not '{res}'.");
        }
        if (width is < 16 or > 3840 || height is < 16 or > 3840 || width % 2 != 0 || height % 2 != 0)
        {
            throw InputReader.Refuse("", field, $"needs even width and height from 16 to 3840 (yuv420p), not {width}x{height}.");
        }
        var implied = Math.Abs(width - height) <= Math.Max(width, height) * 0.03 ? VideoAspect.Square1x1
            : width > height ? VideoAspect.Widescreen16x9 : VideoAspect.Vertical9x16;
        if (aspectGiven && !Matches(width, height, aspect))
        {
            throw InputReader.Refuse("", field, $"{width}x{height} does not match the aspect {aspect}.");
        }
        return (width, height, aspectGiven ? aspect : implied);
    }

    /// <summary>The frame whose short side is <paramref name="shortSide"/> at <paramref name="aspect"/>.</summary>
    public static (int Width, int Height) FrameFor(int shortSide, VideoAspect aspect)
    {
        var longSide = Even(shortSide * 16 / 9.0);
        return aspect switch
        {
            VideoAspect.Vertical9x16 => (shortSide, longSide),
            VideoAspect.Square1x1 => (shortSide, shortSide),
            _ => (longSide, shortSide),
        };
    }

    public static bool Matches(int width, int height, VideoAspect aspect)
    {
        var ratio = (double)width / height;
        var expected = aspect switch
        {
            VideoAspect.Vertical9x16 => 9 / 16.0,
            VideoAspect.Square1x1 => 1.0,
            _ => 16 / 9.0,
        };
        return Math.Abs(ratio - expected) <= expected * 0.03;
    }

    private static int Even(double value) => (int)Math.Round(value / 2, MidpointRounding.AwayFromZero) * 2;
}
