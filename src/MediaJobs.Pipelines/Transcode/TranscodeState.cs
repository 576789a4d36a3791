using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// What transcode steps hand to later ones, as typed results (stored with the job, so a step resumed in another run or
/// on another node sees what the earlier steps found).
/// </summary>
internal static class TranscodeState
{
    /// <summary>The source's size (probe): the replace compares the new file with it.</summary>
    public static readonly ResultKey<long> InputSize = new(TranscodeResults.InputSize);

    /// <summary>The source file the probe read (device, inode, size, mtime): the encode and the replace touch only this file.</summary>
    public static readonly ResultKey<FileIdentity> SourceIdentity = new(TranscodeResults.SourceIdentity);

    /// <summary>The folder the probe found the source in (device, inode): the replace happens only in this folder.</summary>
    public static readonly ResultKey<FileIdentity> SourceFolder = new(TranscodeResults.SourceFolderIdentity);

    /// <summary>The machine the probe ran on: device numbers are compared only there.</summary>
    public static readonly ResultKey<string> SourceMachine = new(TranscodeResults.SourceMachine);

    /// <summary>The source's duration (probe): the verify compares the new file with it.</summary>
    public static readonly ResultKey<long> DurationMs = new(TranscodeResults.DurationMs);

    /// <summary>The CRF SmartShrink's analysis chose: the encode uses it instead of the preset's.</summary>
    public static readonly ResultKey<int> SmartShrinkCrf = new(TranscodeResults.SmartShrinkCrf);

    /// <summary>The streams the encode kept: the verify checks the new file holds them all.</summary>
    public static readonly ResultKey<KeptStreams> KeptStreams = new(TranscodeResults.KeptStreams);

    /// <summary>The verified size of the new file: a replace re-run after a crash recognises a finished move by it.</summary>
    public static readonly ResultKey<long> OutputSize = new(TranscodeResults.OutputSize);

    /// <summary>The keyframe cuts of a segmented encode: every run, on any node, encodes the same segments.</summary>
    public static readonly ResultKey<List<VideoSegment>> SegmentPlan = new(TranscodeResults.SegmentPlan);

    public static readonly ResultKey<string> Encoder = new(TranscodeResults.Encoder);
    public static readonly ResultKey<bool> IsHardware = new(TranscodeResults.IsHardware);
    public static readonly ResultKey<int> Crf = new(TranscodeResults.Crf);
    public static readonly ResultKey<double?> Speed = new(TranscodeResults.Speed);
    public static readonly ResultKey<double> TranscodeSecs = new(TranscodeResults.TranscodeSecs);
}
