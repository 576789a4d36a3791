using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Configuration section <c>MediaJobs:Transcode</c>.</summary>
public sealed class TranscodeOptions
{
    public const string SectionName = "MediaJobs:Transcode";

    /// <summary>An encode whose output time does not advance for this long is killed and fails with <c>Stalled</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be a duration from 00:00:01 to 1.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>CRF of the compress and downscale presets.</summary>
    [Range(0, 51, ErrorMessage = "must be an x265 CRF from 0 to 51.")]
    public int HevcCrf { get; set; } = 26;

    [Range(0, 63, ErrorMessage = "must be an SVT-AV1 CRF from 0 to 63.")]
    public int Av1Crf { get; set; } = 35;

    [AllowedValues("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo", ErrorMessage = "must be an x265 preset: ultrafast, superfast, veryfast, faster, fast, medium, slow, slower, veryslow or placebo.")]
    public string X265Preset { get; set; } = "medium";

    [Range(-1, 13, ErrorMessage = "must be an SVT-AV1 preset from -1 to 13.")]
    public int SvtAv1Preset { get; set; } = 8;

    /// <summary>Probe NVENC, QSV and VAAPI with a one-frame encode at start-up; false uses software only.</summary>
    public bool DetectHardware { get; set; } = true;

    /// <summary>
    /// Hardware encoders to try instead of the built-in list (NVENC, QSV, VAAPI). With
    /// <see cref="TrustHardwareList"/> they are used without the one-frame test (for tests of the fallback).
    /// </summary>
    public List<string> HardwareEncoders { get; set; } = [];

    public bool TrustHardwareList { get; set; }

    /// <summary>
    /// Sources longer than this are encoded in durable segments of <see cref="SegmentLength"/> (a crash loses one segment,
    /// not the encode); a job's <c>options.segmentSeconds</c> asks for segments whatever the length.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "30.00:00:00", ErrorMessage = "must be a duration from 00:00:10 to 30.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan SegmentThreshold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>About how long one segment is (cut at the first keyframe past it).</summary>
    [Range(typeof(TimeSpan), "00:00:02", "1.00:00:00", ErrorMessage = "must be a duration from 00:00:02 to 1.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan SegmentLength { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a cancelled job keeps its committed segments, so a retry encodes only the rest; 0 removes them at the
    /// cancel. Deleting or pruning the job removes them at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "must be a duration from 00:00:00 to 30.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan CancelledSegmentsKeep { get; set; } = TimeSpan.FromDays(1);

    /// <summary>SmartShrink: length of one quality sample.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be a duration from 00:00:01 to 00:10:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan SampleLength { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>SmartShrink: how many samples a long file gets (a short file gets one).</summary>
    [Range(1, 20, ErrorMessage = "must be a whole number from 1 to 20.")]
    public int SampleCount { get; set; } = 3;
}
