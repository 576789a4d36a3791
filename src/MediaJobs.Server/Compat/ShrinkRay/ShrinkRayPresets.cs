using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Our transcode presets and encoders in Shrinkray's words (<c>GET /api/presets</c>, <c>GET /api/encoders</c>).</summary>
internal static class ShrinkRayPresets
{
    private static readonly Dictionary<string, (string Name, string Description)> Words = new(StringComparer.Ordinal)
    {
        [TranscodePreset.SmartShrinkHevc] = ("SmartShrink (HEVC)", "Auto-optimize with a quality search (VMAF, or SSIM without libvmaf)"),
        [TranscodePreset.SmartShrinkAv1] = ("SmartShrink (AV1)", "Auto-optimize with a quality search (VMAF, or SSIM without libvmaf)"),
        [TranscodePreset.CompressHevc] = ("Compress (HEVC)", "Reduce size with HEVC encoding"),
        [TranscodePreset.CompressAv1] = ("Compress (AV1)", "Maximum compression with AV1 encoding"),
        [TranscodePreset.Downscale1080] = ("Downscale to 1080p", "Downscale to 1080p max (HEVC)"),
        [TranscodePreset.Downscale720] = ("Downscale to 720p", "Downscale to 720p (big savings)"),
    };

    /// <summary>SmartShrink first, as the real list; each with the encoder it will really use.</summary>
    public static IReadOnlyList<ShrinkRayPreset> Presets(VideoEncoder hevc, VideoEncoder av1) =>
    [
        .. TranscodePreset.All.OrderByDescending(p => p.SmartShrink).Select(p =>
        {
            var encoder = p.Codec switch
            {
                VideoCodec.Hevc => hevc,
                VideoCodec.Av1 => av1,
                VideoCodec.H264 => throw TranscodeCodecs.Unsupported(p.Codec),
            };
            var (name, description) = Words[p.Id];
            return new ShrinkRayPreset(p.Id, $"{name} [{(encoder.IsHardware ? "HW" : "SW")}]", description, Accel(encoder.Name), TranscodeCodecs.Name(p.Codec), p.TargetHeight ?? 0, p.SmartShrink);
        }),
    ];

    /// <summary>The encoders this server really has: the chosen (possibly hardware) one per codec, and the software ones FFmpeg offers.</summary>
    public static ShrinkRayEncoders Encoders(VideoEncoder hevc, VideoEncoder av1, ToolCapabilities capabilities)
    {
        var chosen = new[] { hevc, av1 };
        var available = chosen
            .Concat(chosen.Select(e => VideoEncoder.Software(e.Target)).Where(e => capabilities.HasEncoder(e.Name)))
            .DistinctBy(e => e.Name)
            .OrderBy(e => e.IsHardware ? 0 : 1)
            .Select(Encoder)
            .ToArray();
        var vmaf = capabilities.HasFilter("libvmaf");
        return new ShrinkRayEncoders(available, Encoder(hevc), vmaf, vmaf ? ["vmaf_v0.6.1"] : []);
    }

    public static string Accel(string encoder) =>
        encoder.Split('_') is [_, var accel] && accel is "nvenc" or "qsv" or "vaapi" or "videotoolbox" ? accel : "none";

    private static ShrinkRayEncoder Encoder(VideoEncoder e)
    {
        var accel = Accel(e.Name);
        var label = accel switch { "nvenc" => "NVIDIA NVENC", "qsv" => "Intel Quick Sync", "vaapi" => "VAAPI", "videotoolbox" => "Apple VideoToolbox", _ => "Software" };
        var codec = TranscodeCodecs.Name(e.Target);
        return new ShrinkRayEncoder(accel, codec, label, $"{(accel == "none" ? "CPU" : "Hardware")} encoding ({codec.ToUpperInvariant()})", e.Name, true);
    }
}
