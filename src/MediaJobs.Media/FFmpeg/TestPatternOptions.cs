namespace MediaJobs.Media.FFmpeg;

/// <summary>Parameters of a synthetic test clip (testsrc2 video + 440 Hz sine audio, H.264/AAC MP4).</summary>
public sealed record TestPatternOptions(string OutputPath, TimeSpan Duration)
{
    public int Width { get; init; } = 160;

    public int Height { get; init; } = 120;

    public int FrameRate { get; init; } = 25;

    public string Preset { get; init; } = "ultrafast";

    public int AudioFrequency { get; init; } = 440;

    /// <summary>Read the sources at real-time speed (<c>-re</c>): makes a long render last its duration.</summary>
    public bool Realtime { get; init; }
}
