using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Runs tesseract on one image through the <see cref="ProcessRunner"/>, one log per call.</summary>
internal sealed class TesseractClient(ToolLocator tools, ProcessRunner runner)
{
    public async Task<string> ReadAsync(string image, string language, string? logPath, CancellationToken ct)
    {
        var spec = new ProcessSpec(tools.Find(MediaTool.Tesseract), TesseractArgs.Build(image, language))
        {
            ToolName = "tesseract",
            CaptureStandardOutput = true,
            Environment = TesseractArgs.Environment,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(2),
            LogPath = logPath,
        };
        var result = await runner.RunAsync(spec, ct);
        return result.StandardOutput.Replace("\f", "", StringComparison.Ordinal);
    }
}
