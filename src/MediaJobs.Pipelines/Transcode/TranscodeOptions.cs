namespace MediaJobs.Pipelines.Transcode;

/// <summary>Configuration section <c>MediaJobs:Transcode</c>.</summary>
public sealed class TranscodeOptions
{
    public const string SectionName = "MediaJobs:Transcode";

    /// <summary>An encode whose output time does not advance for this long is killed and fails with <c>Stalled</c>.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>CRF of the compress and downscale presets.</summary>
    public int HevcCrf { get; set; } = 26;

    public int Av1Crf { get; set; } = 35;

    public string X265Preset { get; set; } = "medium";

    public int SvtAv1Preset { get; set; } = 8;

    /// <summary>Probe NVENC, QSV and VAAPI with a one-frame encode at start-up; false uses software only.</summary>
    public bool DetectHardware { get; set; } = true;

    /// <summary>
    /// Hardware encoders to try instead of the built-in list (NVENC, QSV, VAAPI). With
    /// <see cref="TrustHardwareList"/> they are used without the one-frame test (for tests of the fallback).
    /// </summary>
    public List<string> HardwareEncoders { get; set; } = [];

    public bool TrustHardwareList { get; set; }

    /// <summary>SmartShrink: length of one quality sample.</summary>
    public TimeSpan SampleLength { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>SmartShrink: how many samples a long file gets (a short file gets one).</summary>
    public int SampleCount { get; set; } = 3;
}
