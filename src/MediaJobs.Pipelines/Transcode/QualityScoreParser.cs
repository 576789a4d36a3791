using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Reads the summary line of ffmpeg's <c>ssim</c> and <c>libvmaf</c> filters from stderr (pure).</summary>
internal static partial class QualityScoreParser
{
    public static double? Parse(QualityMetric metric, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var m = metric == QualityMetric.Vmaf ? VmafLine().Match(line) : SsimLine().Match(line);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"SSIM .*All:([0-9.]+)")]
    private static partial Regex SsimLine();

    [GeneratedRegex(@"VMAF score[:=]\s*([0-9.]+)")]
    private static partial Regex VmafLine();
}
