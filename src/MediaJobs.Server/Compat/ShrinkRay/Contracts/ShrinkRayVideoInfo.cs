using System.Text.Json.Serialization;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Shrinkray's <c>video_info</c> (its ffmpeg.ProbeResult) from our probe: duration in nanoseconds, bitrate in bits/s.</summary>
internal sealed record ShrinkRayVideoInfo(
    string Path,
    long Size,
    long Duration,
    string Format,
    [property: JsonPropertyName("video_codec")] string VideoCodec,
    [property: JsonPropertyName("audio_codec")] string AudioCodec,
    int Width,
    int Height,
    long Bitrate,
    [property: JsonPropertyName("frame_rate")] double FrameRate,
    [property: JsonPropertyName("is_hevc")] bool IsHevc,
    [property: JsonPropertyName("is_av1")] bool IsAv1,
    string Profile,
    [property: JsonPropertyName("pix_fmt")] string PixFmt,
    [property: JsonPropertyName("bit_depth")] int BitDepth,
    [property: JsonPropertyName("color_transfer")] string ColorTransfer,
    [property: JsonPropertyName("color_primaries")] string ColorPrimaries,
    [property: JsonPropertyName("color_space")] string ColorSpace,
    [property: JsonPropertyName("is_hdr")] bool IsHdr)
{
    /// <summary>The file's video details, or null when the probe found no video stream.</summary>
    public static ShrinkRayVideoInfo? From(string path, long size, MediaProbe? probe)
    {
        if (probe?.PrimaryVideo is not { } video)
        {
            return null;
        }
        var codec = video.CodecName ?? "";
        return new ShrinkRayVideoInfo(
            path,
            size,
            (probe.Duration ?? TimeSpan.Zero).Ticks * 100,
            probe.Format.FormatName ?? "",
            codec,
            probe.PrimaryAudio?.CodecName ?? "",
            video.Width ?? 0,
            video.Height ?? 0,
            video.BitRate ?? probe.Format.BitRate ?? 0,
            Math.Round(video.FrameRate ?? 0, 3),
            codec is "hevc" or "h265",
            codec == "av1",
            video.Profile ?? "",
            video.PixFmt ?? "",
            video.BitDepth ?? 8,
            video.ColorTransfer ?? "",
            video.ColorPrimaries ?? "",
            video.ColorSpace ?? "",
            video.IsHdr);
    }
}
