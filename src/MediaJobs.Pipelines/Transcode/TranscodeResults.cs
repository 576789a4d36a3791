namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Names of the job result fields: MediaJobs's own, documented in docs/api.md (snake_case like the tools' words).
/// The Shrinkray surface maps each to its wire field itself (<c>ShrinkRayShapes</c>); the typed ones steps hand on
/// are in <see cref="TranscodeState"/>.
/// </summary>
public static class TranscodeResults
{
    public const string InputPath = "input_path";
    public const string OutputPath = "output_path";
    public const string DurationMs = "duration_ms";
    public const string Bitrate = "bitrate";
    public const string Width = "width";
    public const string Height = "height";
    public const string FrameRate = "frame_rate";
    public const string VideoCodec = "video_codec";
    public const string Profile = "profile";
    public const string BitDepth = "bit_depth";
    public const string IsHdr = "is_hdr";
    public const string InputSize = "input_size";

    /// <summary>What the probe read: the file and its folder ({device, inode, size, modifiedNs}); see <see cref="TranscodeSource"/>.</summary>
    public const string SourceIdentity = "source_identity";
    public const string SourceFolderIdentity = "source_folder_identity";
    public const string SourceMachine = "source_machine";

    public const string OutputSize = "output_size";
    public const string SpaceSaved = "space_saved";
    public const string Encoder = "encoder";
    public const string IsHardware = "is_hardware";
    public const string Speed = "speed";
    public const string Eta = "eta";
    public const string TranscodeSecs = "transcode_secs";
    public const string Crf = "crf";
    public const string SmartShrinkCrf = "smartshrink_crf";
    public const string SmartShrinkScore = "smartshrink_score";
    public const string SmartShrinkMetric = "smartshrink_metric";
    public const string PredictedSize = "predicted_size";
    public const string KeptStreams = "kept_streams";

    /// <summary>A segmented encode: how many segments the file was encoded in, and their plan (keyframe cuts).</summary>
    public const string Segments = "segments";
    public const string SegmentPlan = "segment_plan";
    /// <summary>Per segment: its index, the <c>transcode-segment</c> job that encoded it and that job's node.</summary>
    public const string SegmentJobs = "segment_jobs";
    public const string BackupPath = "backup_path";

    /// <summary>Discovery: how many video files it found, and the transcode jobs it submitted.</summary>
    public const string Found = "found";
    public const string JobIds = "job_ids";

    /// <summary>Discovery's live progress details (under <c>progress</c>): files probed so far, of how many.</summary>
    public const string Probed = "probed";
    public const string Total = "total";

    /// <summary>
    /// A transcode's progress details (under <c>progress</c>): its <see cref="TranscodePhase"/>, and the step run that
    /// wrote them (<see cref="TranscodeProgress"/>). SmartShrink's search adds its tries and the last CRF tried and its score.
    /// </summary>
    public const string Phase = "phase";
    public const string Step = "step";
    public const string StepStartedAt = "step_started_at";
    public const string Tries = "tries";
    public const string TriedCrf = "tried_crf";
    public const string TriedScore = "tried_score";
}
