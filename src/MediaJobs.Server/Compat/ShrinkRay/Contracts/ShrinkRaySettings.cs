using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>GET /api/config</c>: the settings MediaJobs has, in Shrinkray's names (see <see cref="ShrinkRayConfig"/>).</summary>
/// <param name="Version">The server's version.</param>
/// <param name="MediaPath">The first media root.</param>
/// <param name="OriginalHandling">replace, or keep (new jobs keep the original beside the new file).</param>
/// <param name="Workers">Transcode jobs run at once.</param>
/// <param name="HasTempPath">Always false (work files live in the data directory).</param>
/// <param name="PushoverUserKey">Admin keys only, else "".</param>
/// <param name="PushoverAppToken">Admin keys only, else "".</param>
/// <param name="PushoverConfigured">Whether Pushover notifications are set up.</param>
/// <param name="NotifyOnComplete">Whether a notification is sent when the queue drains.</param>
/// <param name="QualityHevc">The HEVC CRF, or 0 for the default.</param>
/// <param name="QualityAv1">The AV1 CRF, or 0 for the default.</param>
/// <param name="DefaultQualityHevc">The configured HEVC CRF.</param>
/// <param name="DefaultQualityAv1">The configured AV1 CRF.</param>
/// <param name="HevcEncoder">The HEVC encoder jobs use, by its acceleration: none (software), nvenc, qsv or vaapi.</param>
/// <param name="Av1Encoder">The AV1 encoder jobs use, by its acceleration.</param>
/// <param name="ScheduleEnabled">Always false: MediaJobs has no time window (pause the queue instead).</param>
/// <param name="ScheduleStartHour">Shrinkray's default, 22 (no schedule in MediaJobs).</param>
/// <param name="ScheduleEndHour">Shrinkray's default, 6 (no schedule in MediaJobs).</param>
/// <param name="OutputFormat">Shrinkray's default, mkv: MediaJobs keeps an MP4/M4V/MOV source's container and writes MKV otherwise.</param>
/// <param name="TonemapHdr">Always false: HDR is kept, with its metadata.</param>
/// <param name="TonemapAlgorithm">Shrinkray's default, hable (never used: no tonemapping).</param>
/// <param name="MaxConcurrentAnalyses">SmartShrink analyses at once: each runs in its transcode job's slot, so the workers, within Shrinkray's 1–3.</param>
/// <param name="LogLevel">Shrinkray's default, info (MediaJobs logs through Logging:LogLevel).</param>
/// <param name="AllowSameCodec">Always false: a file already in the target codec is skipped.</param>
/// <param name="KeepLargerFiles">Always false: a result not smaller than its source is discarded and the job skipped.</param>
internal sealed record ShrinkRaySettings(
    string Version,
    [property: JsonPropertyName("media_path")] string MediaPath,
    [property: JsonPropertyName("original_handling")] string OriginalHandling,
    int Workers,
    [property: JsonPropertyName("has_temp_path")] bool HasTempPath,
    [property: JsonPropertyName("pushover_user_key")] string PushoverUserKey,
    [property: JsonPropertyName("pushover_app_token")] string PushoverAppToken,
    [property: JsonPropertyName("pushover_configured")] bool PushoverConfigured,
    [property: JsonPropertyName("notify_on_complete")] bool NotifyOnComplete,
    [property: JsonPropertyName("quality_hevc")] int QualityHevc,
    [property: JsonPropertyName("quality_av1")] int QualityAv1,
    [property: JsonPropertyName("default_quality_hevc")] int DefaultQualityHevc,
    [property: JsonPropertyName("default_quality_av1")] int DefaultQualityAv1,
    [property: JsonPropertyName("hevc_encoder")] string HevcEncoder,
    [property: JsonPropertyName("av1_encoder")] string Av1Encoder,
    [property: JsonPropertyName("schedule_enabled")] bool ScheduleEnabled,
    [property: JsonPropertyName("schedule_start_hour")] int ScheduleStartHour,
    [property: JsonPropertyName("schedule_end_hour")] int ScheduleEndHour,
    [property: JsonPropertyName("output_format")] string OutputFormat,
    [property: JsonPropertyName("tonemap_hdr")] bool TonemapHdr,
    [property: JsonPropertyName("tonemap_algorithm")] string TonemapAlgorithm,
    [property: JsonPropertyName("max_concurrent_analyses")] int MaxConcurrentAnalyses,
    [property: JsonPropertyName("log_level")] string LogLevel,
    [property: JsonPropertyName("allow_same_codec")] bool AllowSameCodec,
    [property: JsonPropertyName("keep_larger_files")] bool KeepLargerFiles);
