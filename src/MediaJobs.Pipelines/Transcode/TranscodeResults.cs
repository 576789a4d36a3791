namespace MediaJobs.Pipelines.Transcode;

/// <summary>Names of the job result fields (seed 002's job object words, so a compat surface can show them as is).</summary>
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
    public const string BackupPath = "backup_path";
}
