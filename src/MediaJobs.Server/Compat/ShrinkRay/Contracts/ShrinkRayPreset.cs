using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>One preset of <c>GET /api/presets</c>, with the encoder it will really use.</summary>
/// <param name="Id">The preset_id to create jobs with.</param>
/// <param name="Name">Its name, with [HW] or [SW].</param>
/// <param name="Description">What it does.</param>
/// <param name="Encoder">The hardware acceleration used (nvenc, qsv, vaapi, videotoolbox) or none.</param>
/// <param name="Codec">hevc or av1.</param>
/// <param name="MaxHeight">The height it scales down to, or 0.</param>
/// <param name="IsSmartShrink">Whether it searches for the quality (needs smartshrink_quality).</param>
internal sealed record ShrinkRayPreset(
    string Id,
    string Name,
    string Description,
    string Encoder,
    string Codec,
    [property: JsonPropertyName("max_height")] int MaxHeight,
    [property: JsonPropertyName("is_smart_shrink")] bool IsSmartShrink);
