using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.Tests.Tools;

[Trait("Tier", "Media")]
public sealed class ToolPreflightTests
{
    [Fact]
    public async Task RunAsync_OnThisMachine_ReportsFfmpegEncodersAndFilters()
    {
        var runner = new ProcessRunner();
        var caps = await new ToolPreflight(new ToolLocator(), runner).RunAsync();
        var filterListing = await runner.RunAsync(new ProcessSpec("ffmpeg", ["-hide_banner", "-filters"]) { CaptureStandardOutput = true });

        Assert.StartsWith("ffmpeg version ", caps.FfmpegVersion, StringComparison.Ordinal);
        Assert.True(caps.HasEncoder("libx264"));
        Assert.True(caps.HasEncoder("aac"));
        Assert.False(caps.HasEncoder("not-an-encoder"));
        Assert.True(caps.HasFilter("testsrc2"));
        var listedLibvmaf = filterListing.StandardOutput.Split('\n')
            .Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == "libvmaf");
        Assert.Equal(listedLibvmaf, caps.HasFilter("libvmaf"));
        Assert.True(caps.IsAvailable(MediaTool.Ffprobe));
    }

    [Fact]
    public async Task RunAsync_ToolMissing_ReportsItInsteadOfThrowing()
    {
        var options = new MediaToolsOptions { EspeakPath = "/nonexistent/espeak-ng", FfmpegPath = "/nonexistent/ffmpeg" };

        var caps = await new ToolPreflight(new ToolLocator(options), new ProcessRunner()).RunAsync();

        var espeak = Assert.IsType<ToolStatus>(caps.Get(MediaTool.EspeakNg));
        Assert.False(espeak.IsAvailable);
        Assert.Contains("apt-get install -y espeak-ng", espeak.Problem, StringComparison.Ordinal);
        Assert.Null(caps.FfmpegVersion);
        Assert.Empty(caps.Encoders);
        Assert.False(caps.HasEncoder("libx264"));
    }

    [Fact]
    public async Task RunAsync_InstalledHelpers_ReportVersions()
    {
        var caps = await new ToolPreflight(new ToolLocator(), new ProcessRunner()).RunAsync();

        foreach (var tool in caps.Tools.Where(t => t.IsAvailable))
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Version), $"{tool.Name} has no version");
        }

        Assert.Equal(Enum.GetValues<MediaTool>().Length, caps.Tools.Count);
        Assert.Contains(caps.Tools, t => t.Name == "pdfimages");
    }
}
