using MediaJobs.Core.Errors;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The codecs a transcode encodes to: HEVC and AV1, a closed subset of <see cref="VideoCodec"/> (a transcode has no
/// H.264 encoder list, CRF range or skip rule). A preset's codec is checked at submission
/// (<see cref="TranscodeRequest.Read"/>, <see cref="DiscoveryRequest.Read"/>); past that, a switch that meets another codec throws
/// <see cref="Unsupported"/> rather than treat it as one it knows.
/// </summary>
public static class TranscodeCodecs
{
    public static IReadOnlyList<VideoCodec> Supported { get; } = [VideoCodec.Hevc, VideoCodec.Av1];

    /// <summary>The <paramref name="preset"/> a submission asked for, or a 400 naming <c>preset</c> when a transcode cannot encode its codec.</summary>
    public static TranscodePreset Require(TranscodePreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return Supported.Contains(preset.Codec)
            ? preset
            : throw new JobValidationException("preset", $"Preset '{preset.Id}' encodes {preset.Codec}; a transcode encodes only {string.Join(" or ", Supported)}.");
    }

    /// <summary>ffprobe's name of the codec, which is also the prefix of its FFmpeg hardware encoders (<c>hevc_nvenc</c>).</summary>
    public static string Name(VideoCodec codec) => codec switch
    {
        VideoCodec.Hevc => "hevc",
        VideoCodec.Av1 => "av1",
        VideoCodec.H264 => throw Unsupported(codec),
    };

    /// <summary>A codec past submission that a transcode does not encode: a programming error, never a user's.</summary>
    public static NotSupportedException Unsupported(VideoCodec codec) =>
        new($"A transcode encodes only {string.Join(" or ", Supported)}, not {codec}; presets are checked at submission.");
}
