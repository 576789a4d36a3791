using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Runs pdfinfo, pdftotext, pdftoppm and pdfimages through the <see cref="ProcessRunner"/>, one log per call.</summary>
public sealed class PopplerClient(ToolLocator tools, ProcessRunner runner)
{
    public async Task<PdfMetadata> InfoAsync(string pdf, string? logPath, CancellationToken ct)
    {
        var result = await runner.RunAsync(Spec(MediaTool.Pdfinfo, PopplerArgs.PdfInfo(pdf), logPath, capture: true), ct);
        return PdfInfoParser.Parse(result.StandardOutput);
    }

    public async Task<string> PageTextAsync(string pdf, int page, string? logPath, CancellationToken ct)
    {
        var result = await runner.RunAsync(Spec(MediaTool.Pdftotext, PopplerArgs.PdfToText(pdf, page), logPath, capture: true), ct);
        // pdftotext ends each page with a form feed.
        return result.StandardOutput.Replace("\f", "", StringComparison.Ordinal);
    }

    /// <summary>Renders one page to <c>&lt;outputPrefix&gt;.png</c> and returns that path.</summary>
    public async Task<string> RenderPageAsync(string pdf, int page, int dpi, string outputPrefix, bool gray, string? logPath, CancellationToken ct)
    {
        await runner.RunAsync(Spec(MediaTool.Pdftoppm, PopplerArgs.PdfToPng(pdf, page, dpi, outputPrefix, gray), logPath, capture: false), ct);
        return outputPrefix + ".png";
    }

    /// <summary>Writes every embedded image into <paramref name="directory"/>; returns the files, in page order.</summary>
    public async Task<IReadOnlyList<string>> ExtractImagesAsync(string pdf, string directory, string? logPath, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        await runner.RunAsync(Spec(MediaTool.Pdfimages, PopplerArgs.PdfImages(pdf, Path.Combine(directory, "image")), logPath, capture: false), ct);
        return [.. Directory.GetFiles(directory, "image-*.png").Order(StringComparer.Ordinal)];
    }

    private ProcessSpec Spec(MediaTool tool, IReadOnlyList<string> arguments, string? logPath, bool capture) =>
        new(tools.Find(tool), arguments)
        {
            ToolName = MediaToolsOptions.NameOf(tool),
            CaptureStandardOutput = capture,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(2),
            LogPath = logPath,
        };
}
