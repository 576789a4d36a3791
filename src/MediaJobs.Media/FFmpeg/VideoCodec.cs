namespace MediaJobs.Media.FFmpeg;

/// <summary>
/// The video codecs MediaJobs encodes to, one vocabulary for every pipeline: a render's MP4 may be any of them
/// (seed 000's <c>renderSpec.codec</c>: libx264, libx265, libsvtav1); a transcode takes only its own subset
/// (<c>Transcode.TranscodeCodecs</c>). A switch over a codec names every member and has no default arm, so a new
/// codec fails the build where it is not handled instead of being taken for another.
/// </summary>
public enum VideoCodec
{
    H264,
    Hevc,
    Av1,
}
