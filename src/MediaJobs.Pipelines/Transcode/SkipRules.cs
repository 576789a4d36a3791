using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Why a file needs no work under a preset, or null when it does (pure).</summary>
internal static class SkipRules
{
    public static string? Reason(TranscodePreset preset, MediaStream? video)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (video is null)
        {
            return "no video stream";
        }
        if (preset.TargetHeight is { } target)
        {
            return video.Height is { } h && h <= target ? $"already at or below {target}p ({video.Width}x{h})" : null;
        }
        var codec = TargetCodecName(preset.Codec);
        return string.Equals(video.CodecName, codec, StringComparison.Ordinal) ? $"already {codec.ToUpperInvariant()}" : null;
    }

    /// <summary>ffprobe's name of the target codec.</summary>
    public static string TargetCodecName(VideoTarget target) => target == VideoTarget.Av1 ? "av1" : "hevc";
}
