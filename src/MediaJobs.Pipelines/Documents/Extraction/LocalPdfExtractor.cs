using System.Globalization;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>
/// <c>native</c>, <c>ocr</c> and <c>combined</c> extraction with Poppler and Tesseract. Pages run in parallel,
/// at most <see cref="DocumentsOptions.CpuBudget"/> at a time (tesseract is limited to one thread each).
/// </summary>
public sealed class LocalPdfExtractor(PopplerClient poppler, TesseractClient tesseract, DocumentsOptions options)
{
    /// <param name="newLogPath">A fresh per-call log path for a tool name (the step's <c>NewToolLogPath</c>).</param>
    /// <param name="progress">Called with 0–100 as pages finish.</param>
    public async Task<IReadOnlyList<PageText>> ExtractAsync(
        string pdf, int pageCount, ExtractionMethod method, string language, string workDirectory,
        Func<string, string> newLogPath, Action<double> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(newLogPath);
        ArgumentNullException.ThrowIfNull(progress);
        var pages = new PageText[pageCount];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.CpuBudget), CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(1, pageCount), parallel, async (page, token) =>
        {
            pages[page - 1] = await ExtractPageAsync(pdf, page, method, language, workDirectory, newLogPath, token);
            progress(100.0 * Interlocked.Increment(ref done) / pageCount);
        });
        return pages;
    }

    private async Task<PageText> ExtractPageAsync(
        string pdf, int page, ExtractionMethod method, string language, string workDirectory, Func<string, string> newLogPath, CancellationToken ct)
    {
        if (method == ExtractionMethod.Ocr)
        {
            return new PageText(page, await OcrPageAsync(pdf, page, language, workDirectory, newLogPath, ct), "ocr");
        }
        var native = await poppler.PageTextAsync(pdf, page, newLogPath("pdftotext"), ct);
        if (method == ExtractionMethod.Combined && TextLayer.WhyOcr(native, options.MinTextCharacters) is { } why)
        {
            return new PageText(page, await OcrPageAsync(pdf, page, language, workDirectory, newLogPath, ct), "ocr", "OCR used: " + why);
        }
        return new PageText(page, native, "native");
    }

    private async Task<string> OcrPageAsync(string pdf, int page, string language, string workDirectory, Func<string, string> newLogPath, CancellationToken ct)
    {
        var prefix = Path.Combine(workDirectory, "ocr-page-" + page.ToString("D4", CultureInfo.InvariantCulture));
        var image = await poppler.RenderPageAsync(pdf, page, options.OcrDpi, prefix, gray: true, newLogPath("pdftoppm"), ct);
        try
        {
            return await tesseract.ReadAsync(image, language, newLogPath("tesseract"), ct);
        }
        finally
        {
            File.Delete(image);
        }
    }
}
