using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Seed 002's job object (values not known yet are 0, "" or false; times RFC 3339 UTC to the second).</summary>
/// <param name="Id">The job id.</param>
/// <param name="InputPath">The source file.</param>
/// <param name="OutputPath">The final file (an .avi becomes .mkv).</param>
/// <param name="PresetId">The preset.</param>
/// <param name="Encoder">libx265, libsvtav1 or a hardware encoder.</param>
/// <param name="IsHardware">Whether the encoder is a hardware one.</param>
/// <param name="Status">pending, running, complete, failed, cancelled or skipped.</param>
/// <param name="Progress">0 to 100.</param>
/// <param name="Speed">Times real time: live while running, the encode's average after.</param>
/// <param name="Eta">hh:mm:ss while running, else "".</param>
/// <param name="InputSize">Source bytes.</param>
/// <param name="OutputSize">Replacement bytes.</param>
/// <param name="SpaceSaved">Bytes saved.</param>
/// <param name="DurationMs">Source duration in milliseconds.</param>
/// <param name="Bitrate">Source bitrate in bits per second.</param>
/// <param name="Width">Source width.</param>
/// <param name="Height">Source height.</param>
/// <param name="FrameRate">Source frames per second.</param>
/// <param name="VideoCodec">Source video codec.</param>
/// <param name="Profile">Source codec profile.</param>
/// <param name="BitDepth">Source bit depth.</param>
/// <param name="IsHdr">Whether the source is HDR.</param>
/// <param name="TranscodeSecs">Encode time in seconds.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="StartedAt">When it started; null while pending.</param>
/// <param name="CompletedAt">When it ended; null until then.</param>
/// <param name="Error">Failed or skipped jobs only: the error or the skip reason.</param>
internal sealed record ShrinkRayJob(
    string Id,
    [property: JsonPropertyName("input_path")] string InputPath,
    [property: JsonPropertyName("output_path")] string OutputPath,
    [property: JsonPropertyName("preset_id")] string PresetId,
    string Encoder,
    [property: JsonPropertyName("is_hardware")] bool IsHardware,
    string Status,
    double Progress,
    double Speed,
    string Eta,
    [property: JsonPropertyName("input_size")] long InputSize,
    [property: JsonPropertyName("output_size")] long OutputSize,
    [property: JsonPropertyName("space_saved")] long SpaceSaved,
    [property: JsonPropertyName("duration_ms")] long DurationMs,
    long Bitrate,
    long Width,
    long Height,
    [property: JsonPropertyName("frame_rate")] double FrameRate,
    [property: JsonPropertyName("video_codec")] string VideoCodec,
    string Profile,
    [property: JsonPropertyName("bit_depth")] long BitDepth,
    [property: JsonPropertyName("is_hdr")] bool IsHdr,
    [property: JsonPropertyName("transcode_secs")] double TranscodeSecs,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("started_at")] string? StartedAt,
    [property: JsonPropertyName("completed_at")] string? CompletedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null)
{
    /// <summary>SmartShrink presets while running: analyzing (the quality search), then encoding; absent otherwise (as the real server's omitempty).</summary>
    [JsonPropertyName("phase")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Phase { get; init; }

    /// <summary>The VMAF score SmartShrink's chosen CRF reached; absent until then, and when FFmpeg lacks libvmaf (the search then measures SSIM, which is no VMAF score).</summary>
    [JsonPropertyName("vmaf_score")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? VmafScore { get; init; }

    /// <summary>The CRF SmartShrink's search chose; absent until then.</summary>
    [JsonPropertyName("selected_crf")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SelectedCrf { get; init; }

    /// <summary>SmartShrink's quality tier: acceptable, good or excellent.</summary>
    [JsonPropertyName("smartshrink_quality")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SmartShrinkQuality { get; init; }
}
