using System.Globalization;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Pure builder of the encoder options for a video we render ourselves (an 8-bit SDR picture from our filter
/// graph): codec (libx264 High / libx265 / libsvtav1), preset from <c>options.quality</c>, CRF from
/// <c>qualityLevel</c> or the quality's profile, an optional bitrate cap, a 2 s GOP and scene-cut, and the encoder's
/// threads when <c>inputs.threads</c> sets them.
/// Not shared with <c>Transcode.ReencodeArgs</c> on purpose: a re-encode takes its settings from the source
/// (bit depth, HDR, searched CRF, hardware encoders) and maps its streams; a render has no source to follow.
/// </summary>
internal static class RenderEncoderArgs
{
    public static IReadOnlyList<string> Build(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inv = CultureInfo.InvariantCulture;
        var gop = Math.Max(1, (int)Math.Round(request.Fps * 2)).ToString(inv);
        var args = new List<string>();
        switch (request.Codec)
        {
            case VideoCodec.Hevc:
                args.AddRange(["-c:v", "libx265", "-preset", X26xPreset(request.Quality), "-pix_fmt", "yuv420p", "-crf", Crf(request).ToString(inv), "-tag:v", "hvc1", "-g", gop]);
                AddCap(args, request);
                args.AddRange(["-x265-params", request.EnableSceneCut ? "log-level=error" : "log-level=error:scenecut=0"]);
                break;
            case VideoCodec.Av1:
                args.AddRange(["-c:v", "libsvtav1", "-preset", SvtPreset(request.Quality), "-pix_fmt", "yuv420p", "-g", gop]);
                args.AddRange(request.VideoBitrateK is { } k ? ["-b:v", string.Create(inv, $"{k}k")] : ["-crf", Crf(request).ToString(inv)]);
                args.AddRange(["-svtav1-params", request.EnableSceneCut ? "scd=1" : "scd=0"]);
                break;
            case VideoCodec.H264:
                args.AddRange(["-c:v", "libx264", "-preset", X26xPreset(request.Quality), "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", Crf(request).ToString(inv), "-g", gop]);
                AddCap(args, request);
                if (!request.EnableSceneCut)
                {
                    args.AddRange(["-sc_threshold", "0"]);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Codec, "Not a video codec.");
        }
        if (request.Threads is { } threads)
        {
            args.AddRange(["-threads", threads.ToString(inv)]);
        }
        return args;
    }

    /// <summary>
    /// The quality profile's CRF, or from an explicit qualityLevel 0–100: x264 35…15 (75 → 20), x265 five higher,
    /// SVT-AV1 50…20 (75 → 28).
    /// </summary>
    public static int Crf(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.QualityLevel is not { } q)
        {
            var profile = QualityProfile.Of(request.Quality);
            return request.Codec switch
            {
                VideoCodec.Hevc => profile.X264Crf + 5,
                VideoCodec.Av1 => profile.SvtAv1Crf,
                VideoCodec.H264 => profile.X264Crf,
            };
        }
        return request.Codec switch
        {
            VideoCodec.Hevc => (int)Math.Round(40 - (q * 0.2), MidpointRounding.AwayFromZero),
            VideoCodec.Av1 => (int)Math.Round(50 - (q * 0.3), MidpointRounding.AwayFromZero),
            VideoCodec.H264 => (int)Math.Round(35 - (q * 0.2), MidpointRounding.AwayFromZero),
        };
    }

    public static string X26xPreset(EncodeQuality quality) => QualityProfile.Of(quality).X26xPreset;

    public static string SvtPreset(EncodeQuality quality) => QualityProfile.Of(quality).SvtAv1Preset;

    // Capped CRF: the quality target holds until the bitrate cap bites.
    private static void AddCap(List<string> args, VideoRequest request)
    {
        if (request.VideoBitrateK is { } k)
        {
            args.AddRange(["-maxrate", string.Create(CultureInfo.InvariantCulture, $"{k}k"), "-bufsize", string.Create(CultureInfo.InvariantCulture, $"{k * 2}k")]);
        }
    }
}
