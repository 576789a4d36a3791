using System.Globalization;

namespace MediaJobs.FakeTool;

/// <summary>The fake's quality filters: a <c>-filters</c> listing, and the summary line a comparison run prints (as FFmpeg 5.1 words them).</summary>
internal static class FakeQuality
{
    public static string FilterListing(bool hasVmaf) =>
        "Filters:\n"
        + " TS. ssim              VV->V      Calculate the SSIM between two video streams.\n"
        + (hasVmaf ? " ... libvmaf           VV->V      Calculate the VMAF between two video streams.\n" : "")
        + " ... vmafmotion        V->V       Calculate the VMAF Motion score.\n";

    /// <summary>The score line when <paramref name="args"/> compare with <c>libvmaf</c> or <c>ssim</c> and a score is set, else null.</summary>
    public static string? SummaryLine(IReadOnlyList<string> args, double? score)
    {
        var graph = args.SkipWhile(a => a != "-lavfi").Skip(1).FirstOrDefault() ?? "";
        if (score is not { } s)
        {
            return null;
        }
        if (graph.Contains("libvmaf", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"[Parsed_libvmaf_4 @ 0x0] VMAF score: {s:0.000000}");
        }
        return graph.Contains("ssim", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"[Parsed_ssim_4 @ 0x0] SSIM Y:{s:0.000000} (20.0) U:{s:0.000000} (20.0) V:{s:0.000000} (20.0) All:{s:0.000000} (20.0)")
            : null;
    }
}
