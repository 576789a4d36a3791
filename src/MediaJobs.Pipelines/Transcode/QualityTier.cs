namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// SmartShrink quality tiers and the score a sample must reach, per metric:
/// <list type="table">
/// <item><term>acceptable</term><description>SSIM ≥ 0.960, VMAF ≥ 85</description></item>
/// <item><term>good</term><description>SSIM ≥ 0.975, VMAF ≥ 91</description></item>
/// <item><term>excellent</term><description>SSIM ≥ 0.985, VMAF ≥ 95</description></item>
/// </list>
/// VMAF is used only when FFmpeg has the <c>libvmaf</c> filter; SSIM otherwise.
/// </summary>
public sealed record QualityTier(string Name, double MinSsim, double MinVmaf)
{
    public static IReadOnlyList<QualityTier> All { get; } =
    [
        new("acceptable", 0.960, 85),
        new("good", 0.975, 91),
        new("excellent", 0.985, 95),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(t => t.Name)];

    public static QualityTier? Find(string? name) => All.FirstOrDefault(t => t.Name == name);

    public double Threshold(QualityMetric metric) => metric == QualityMetric.Vmaf ? MinVmaf : MinSsim;
}
