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
        var codec = TranscodeCodecs.Name(preset.Codec);
        return string.Equals(video.CodecName, codec, StringComparison.Ordinal) ? $"already {codec.ToUpperInvariant()}" : null;
    }
}
