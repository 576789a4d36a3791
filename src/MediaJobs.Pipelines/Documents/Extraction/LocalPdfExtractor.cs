using System.Globalization;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>
/// <c>native</c>, <c>ocr</c> and <c>combined</c> extraction with Poppler and Tesseract. Native text is read a
/// range of pages per <c>pdftotext</c> call; OCR runs page by page. Both run at most
/// <see cref="DocumentsOptions.CpuBudget"/> calls at a time (tesseract is limited to one thread each).
/// </summary>
internal sealed class LocalPdfExtractor(PopplerClient poppler, TesseractClient tesseract, DocumentsOptions options)
{
    /// <param name="newLogPath">A fresh per-call log path for a tool name (the step's <c>NewToolLogPath</c>).</param>
    /// <param name="progress">Called with 0–100 as pages finish.</param>
    public async Task<IReadOnlyList<PageText>> ExtractAsync(
        string pdf, int pageCount, ExtractionMethod method, string language, string workDirectory,
        Func<string, string> newLogPath, Action<double> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(newLogPath);
        ArgumentNullException.ThrowIfNull(progress);
        var pages = new PageText?[pageCount];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.CpuBudget), CancellationToken = ct };
        var done = 0;
        void PagesDone(int count) => progress(100.0 * Interlocked.Add(ref done, count) / pageCount);

        if (method != ExtractionMethod.Ocr)
        {
            // Native text a range of pages per pdftotext call; a page whose text layer is unusable waits for OCR below.
            await Parallel.ForEachAsync(PageRanges.Split(pageCount, options.CpuBudget), parallel, async (range, token) =>
            {
                var texts = await poppler.PagesTextAsync(pdf, range.First, range.Last, newLogPath("pdftotext"), token);
                var usable = 0;
                for (var page = range.First; page <= range.Last; page++)
                {
                    var native = texts[page - range.First];
                    var why = method == ExtractionMethod.Combined ? TextLayer.WhyOcr(native, options.MinTextCharacters) : null;
                    pages[page - 1] = why is null ? new PageText(page, native, "native") : new PageText(page, "", "ocr", "OCR used: " + why);
                    usable += why is null ? 1 : 0;
                }
                PagesDone(usable);
            });
        }
        var toOcr = Enumerable.Range(1, pageCount).Where(page => pages[page - 1] is null or { Method: "ocr" }).ToList();
        await Parallel.ForEachAsync(toOcr, parallel, async (page, token) =>
        {
            var text = await OcrPageAsync(pdf, page, language, workDirectory, newLogPath, token);
            pages[page - 1] = new PageText(page, text, "ocr", pages[page - 1]?.Note);
            PagesDone(1);
        });
        return [.. pages.Select(p => p!)];
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
