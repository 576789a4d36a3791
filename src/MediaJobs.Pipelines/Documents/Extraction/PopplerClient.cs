using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Runs pdfinfo, pdftotext, pdftoppm and pdfimages through the <see cref="ProcessRunner"/>, one log per call.</summary>
internal sealed class PopplerClient(ToolLocator tools, ProcessRunner runner)
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

    /// <summary>The text of pages <paramref name="first"/>..<paramref name="last"/> in one call, one entry per page.</summary>
    public async Task<IReadOnlyList<string>> PagesTextAsync(string pdf, int first, int last, string? logPath, CancellationToken ct)
    {
        var result = await runner.RunAsync(Spec(MediaTool.Pdftotext, PopplerArgs.PdfToText(pdf, first, last), logPath, capture: true), ct);
        // pdftotext ends every page, even an empty one, with a form feed.
        var pages = result.StandardOutput.Split('\f');
        var expected = last - first + 1;
        if (pages.Length < expected)
        {
            throw new InvalidDataException($"pdftotext gave {pages.Length} page(s) for pages {first}-{last} of {Path.GetFileName(pdf)}.");
        }
        return pages[..expected];
    }

    /// <summary>
    /// Renders pages <paramref name="first"/>..<paramref name="last"/> in one call into <paramref name="directory"/>;
    /// returns each page's PNG, in page order.
    /// </summary>
    public async Task<IReadOnlyList<(int Page, string Path)>> RenderPagesAsync(string pdf, int first, int last, int dpi, string directory, string? logPath, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        await runner.RunAsync(Spec(MediaTool.Pdftoppm, PopplerArgs.PdfToPngs(pdf, first, last, dpi, Path.Combine(directory, "page")), logPath, capture: false), ct);
        var rendered = Directory.GetFiles(directory, "page-*.png")
            .Select(path => (Page: int.Parse(Path.GetFileNameWithoutExtension(path)["page-".Length..], System.Globalization.CultureInfo.InvariantCulture), Path: path))
            .Where(p => p.Page >= first && p.Page <= last)
            .OrderBy(p => p.Page)
            .ToList();
        if (rendered.Count != last - first + 1)
        {
            throw new InvalidDataException($"pdftoppm rendered {rendered.Count} of pages {first}-{last} of {Path.GetFileName(pdf)}.");
        }
        return rendered;
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
