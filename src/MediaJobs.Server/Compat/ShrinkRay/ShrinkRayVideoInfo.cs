using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Shrinkray's <c>video_info</c> (its ffmpeg.ProbeResult) from our probe: duration in nanoseconds, bitrate in bits/s.</summary>
internal static class ShrinkRayVideoInfo
{
    public static JsonObject? From(string path, long size, MediaProbe? probe)
    {
        if (probe?.PrimaryVideo is not { } video)
        {
            return null;
        }
        var codec = video.CodecName ?? "";
        return new JsonObject
        {
            ["path"] = path,
            ["size"] = size,
            ["duration"] = (probe.Duration ?? TimeSpan.Zero).Ticks * 100,
            ["format"] = probe.Format.FormatName ?? "",
            ["video_codec"] = codec,
            ["audio_codec"] = probe.PrimaryAudio?.CodecName ?? "",
            ["width"] = video.Width ?? 0,
            ["height"] = video.Height ?? 0,
            ["bitrate"] = video.BitRate ?? probe.Format.BitRate ?? 0,
            ["frame_rate"] = Math.Round(video.FrameRate ?? 0, 3),
            ["is_hevc"] = codec is "hevc" or "h265",
            ["is_av1"] = codec == "av1",
            ["profile"] = video.Profile ?? "",
            ["pix_fmt"] = video.PixFmt ?? "",
            ["bit_depth"] = video.BitDepth ?? 8,
            ["color_transfer"] = video.ColorTransfer ?? "",
            ["color_primaries"] = video.ColorPrimaries ?? "",
            ["color_space"] = video.ColorSpace ?? "",
            ["is_hdr"] = video.IsHdr,
        };
    }
}
