namespace MediaJobs.Media.FFmpeg;

/// <summary>One stream as ffprobe sees it. Video fields are null on audio streams and vice versa.</summary>
public sealed record MediaStream
{
    public int Index { get; init; }

    /// <summary><c>video</c>, <c>audio</c>, <c>subtitle</c>, <c>data</c>, <c>attachment</c>.</summary>
    public string CodecType { get; init; } = string.Empty;

    public string? CodecName { get; init; }

    public string? Profile { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Frames per second from <c>avg_frame_rate</c> (else <c>r_frame_rate</c>), e.g. 29.97 for 30000/1001.</summary>
    public double? FrameRate { get; init; }

    public string? PixFmt { get; init; }

    /// <summary>Bit depth from <c>bits_per_raw_sample</c>, else guessed from the pixel format (10 for <c>*p10le</c>).</summary>
    public int? BitDepth { get; init; }

    public int? SampleRate { get; init; }

    public int? Channels { get; init; }

    public string? Language { get; init; }

    public string? ColorTransfer { get; init; }

    public string? ColorPrimaries { get; init; }

    /// <summary>The matrix coefficients (<c>color_space</c>, e.g. <c>bt2020nc</c>).</summary>
    public string? ColorSpace { get; init; }

    /// <summary>
    /// Mastering display and content light level from the stream's side data (what MKV and MP4 can carry), or null.
    /// Most HDR10 files carry them in the bitstream instead: see <see cref="FfprobeClient.ProbeFirstFrameHdrAsync"/>.
    /// </summary>
    public HdrMetadata? HdrMetadata { get; init; }

    public TimeSpan? Duration { get; init; }

    public long? BitRate { get; init; }

    public bool IsDefault { get; init; }

    public bool IsAttachedPicture { get; init; }

    public bool IsVideo => string.Equals(CodecType, "video", StringComparison.Ordinal);

    public bool IsAudio => string.Equals(CodecType, "audio", StringComparison.Ordinal);

    public bool IsSubtitle => string.Equals(CodecType, "subtitle", StringComparison.Ordinal);

    /// <summary>HDR transfer (PQ or HLG).</summary>
    public bool IsHdr => ColorTransfer is "smpte2084" or "arib-std-b67";
}
