namespace MediaJobs.Media.FFmpeg;

/// <summary>One block of <c>ffmpeg -progress</c> output, with percent and ETA when the total duration is known.</summary>
/// <param name="Processed">Output time written so far.</param>
/// <param name="Percent">0–100 of the expected total duration; null when the total is unknown.</param>
/// <param name="Speed">Encoding speed as a multiple of real time (1.5 = 1.5×); null when ffmpeg reports N/A.</param>
/// <param name="Eta">Estimated time left at the current speed; null when unknown.</param>
/// <param name="Fps">Frames per second being encoded.</param>
/// <param name="Frame">Frames written so far (video outputs only).</param>
/// <param name="TotalSize">Bytes written so far.</param>
/// <param name="IsEnd">True for the last block (<c>progress=end</c>).</param>
public sealed record FfmpegProgress(
    TimeSpan Processed,
    double? Percent,
    double? Speed,
    TimeSpan? Eta,
    double? Fps,
    long? Frame,
    long? TotalSize,
    bool IsEnd);
