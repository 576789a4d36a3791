using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Body of seed 002's <c>POST /api/jobs</c> (documentation; read by hand so errors keep the seed's shape).</summary>
/// <param name="Paths">Files or folders under a configured media root (folders are walked for video files).</param>
/// <param name="PresetId">compress-hevc, compress-av1, smartshrink-hevc, smartshrink-av1, 1080p or 720p.</param>
/// <param name="SmartshrinkQuality">acceptable, good or excellent; required for the SmartShrink presets.</param>
/// <param name="KeepOriginal">Keep the source as name.original.ext (default false).</param>
internal sealed record ShrinkRayCreateRequest(
    IReadOnlyList<string> Paths,
    [property: JsonPropertyName("preset_id")] string PresetId,
    [property: JsonPropertyName("smartshrink_quality")] string? SmartshrinkQuality = null,
    [property: JsonPropertyName("keep_original")] bool? KeepOriginal = null);
