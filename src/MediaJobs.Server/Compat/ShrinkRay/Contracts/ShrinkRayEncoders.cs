using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>GET /api/encoders</c>: the encoders this server really has.</summary>
/// <param name="Encoders">The chosen (possibly hardware) one per codec, and the software ones FFmpeg offers.</param>
/// <param name="Best">The HEVC encoder jobs use.</param>
/// <param name="VmafAvailable">Whether FFmpeg has libvmaf (SmartShrink then measures VMAF, else SSIM).</param>
/// <param name="VmafModels">The VMAF models, when available.</param>
internal sealed record ShrinkRayEncoders(
    IReadOnlyList<ShrinkRayEncoder> Encoders,
    ShrinkRayEncoder Best,
    [property: JsonPropertyName("vmaf_available")] bool VmafAvailable,
    [property: JsonPropertyName("vmaf_models")] IReadOnlyList<string> VmafModels);

/// <summary>One encoder.</summary>
/// <param name="Accel">nvenc, qsv, vaapi, videotoolbox or none.</param>
/// <param name="Codec">hevc or av1.</param>
/// <param name="Name">Its label, e.g. "Software".</param>
/// <param name="Description">CPU or hardware encoding, and the codec.</param>
/// <param name="Encoder">FFmpeg's encoder name, e.g. libx265.</param>
/// <param name="Available">Always true (only available ones are listed).</param>
internal sealed record ShrinkRayEncoder(string Accel, string Codec, string Name, string Description, string Encoder, bool Available);
