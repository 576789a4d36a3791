using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Turns an ffprobe result into seed 002's job fields (pure).</summary>
internal static class ProbeFields
{
    public static JsonObject From(MediaProbe probe, long fileSize)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var video = probe.PrimaryVideo;
        var durationMs = probe.Duration is { } d ? (long)d.TotalMilliseconds : 0;
        var bitrate = probe.Format.BitRate ?? (durationMs > 0 ? fileSize * 8000 / durationMs : 0);
        return new JsonObject
        {
            [TranscodeResults.DurationMs] = durationMs,
            [TranscodeResults.Bitrate] = bitrate,
            [TranscodeResults.Width] = video?.Width,
            [TranscodeResults.Height] = video?.Height,
            [TranscodeResults.FrameRate] = video?.FrameRate is { } fps ? Math.Round(fps, 3) : null,
            [TranscodeResults.VideoCodec] = video?.CodecName,
            [TranscodeResults.Profile] = video?.Profile,
            [TranscodeResults.BitDepth] = video?.BitDepth ?? 8,
            [TranscodeResults.IsHdr] = video?.IsHdr ?? false,
            [TranscodeResults.InputSize] = fileSize,
        };
    }
}
