using MediaJobs.Core.Errors;
using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tools;

/// <summary>
/// Checks the external tools at start-up: versions, ffmpeg encoders and filters. A missing tool is reported
/// in <see cref="ToolStatus.Problem"/>, never thrown. The caller caches the result.
/// </summary>
public sealed class ToolPreflight(ToolLocator locator, ProcessRunner runner)
{
    private static readonly (MediaTool Tool, string VersionFlag)[] Probes =
    [
        (MediaTool.Ffmpeg, "-version"),
        (MediaTool.Ffprobe, "-version"),
        (MediaTool.EspeakNg, "--version"),
        (MediaTool.Tesseract, "--version"),
        (MediaTool.Pdftotext, "-v"),
        (MediaTool.Pdftoppm, "-v"),
        (MediaTool.Pdfinfo, "-v"),
        (MediaTool.Pdfimages, "-v"),
    ];

    public async Task<ToolCapabilities> RunAsync(CancellationToken cancellationToken = default)
    {
        var statuses = await Task.WhenAll(Probes.Select(p => CheckAsync(p.Tool, p.VersionFlag, cancellationToken)));
        IReadOnlySet<string> encoders = new HashSet<string>();
        IReadOnlySet<string> filters = new HashSet<string>();
        var ffmpeg = statuses.First(s => s.Tool == MediaTool.Ffmpeg);
        if (ffmpeg.IsAvailable)
        {
            var encodersTask = RunToolAsync(ffmpeg.Path!, "ffmpeg", ["-hide_banner", "-encoders"], cancellationToken);
            var filtersTask = RunToolAsync(ffmpeg.Path!, "ffmpeg", ["-hide_banner", "-filters"], cancellationToken);
            encoders = FfmpegCapabilityParser.ParseEncoders((await encodersTask).StandardOutput);
            filters = FfmpegCapabilityParser.ParseFilters((await filtersTask).StandardOutput);
        }

        return new ToolCapabilities(statuses, encoders, filters);
    }

    private async Task<ToolStatus> CheckAsync(MediaTool tool, string versionFlag, CancellationToken cancellationToken)
    {
        var name = MediaToolsOptions.NameOf(tool);
        var path = locator.TryFind(tool);
        if (path is null)
        {
            var missing = ToolErrors.NotFound(name, locator.Options.PathOf(tool)).Error;
            return new ToolStatus(tool, name, null, null, $"{missing.Message} {missing.Remediation}");
        }

        try
        {
            var result = await RunToolAsync(path, name, [versionFlag], cancellationToken, validateExitCode: false);
            var version = FirstLine(result.StandardOutput) ?? result.StderrTail.FirstOrDefault(l => l.Trim().Length > 0)?.Trim();
            return new ToolStatus(tool, name, path, version, null);
        }
        catch (MediaJobsException ex)
        {
            return new ToolStatus(tool, name, path, null, ex.Error.Message);
        }
    }

    private Task<ProcessResult> RunToolAsync(string path, string name, IReadOnlyList<string> args, CancellationToken cancellationToken, bool validateExitCode = true) =>
        runner.RunAsync(
            new ProcessSpec(path, args)
            {
                ToolName = name,
                CaptureStandardOutput = true,
                ValidateExitCode = validateExitCode,
                GracefulStop = GracefulStop.Terminate,
                GracePeriod = TimeSpan.FromSeconds(1),
            },
            cancellationToken);

    private static string? FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
