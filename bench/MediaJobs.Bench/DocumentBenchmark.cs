using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Bench;

/// <summary>
/// The <c>pdf</c> job's pages per second (submit → Succeeded, <c>use_cache</c> false) against the same tools run
/// plainly on the same file, each row against its floor: <c>native</c> without assets against one whole-file
/// <c>pdftotext</c> call; <c>native</c> with its default <c>include_assets: true</c> (page previews, embedded
/// images) against one whole-file call each of <c>pdftotext</c>, <c>pdftoppm</c> and <c>pdfimages</c>;
/// <c>ocr</c> against <c>pdftoppm</c> + <c>tesseract</c> page by page (as many at a time as the job).
/// PDFs: the test fixtures <c>text.pdf</c> / <c>scanned.pdf</c> joined by <c>pdfunite</c>.
/// </summary>
internal static class DocumentBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = ArgValue(args, "--runs", 3);
        var textPages = ArgValue(args, "--pages", 10);
        var scanPages = ArgValue(args, "--scan-pages", 3);
        var c = CultureInfo.InvariantCulture;

        var media = Path.Combine(Path.GetTempPath(), "mediajobs-bench-docs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(media);
        var work = Path.Combine(media, "..", Path.GetFileName(media) + "-plain");
        Directory.CreateDirectory(work);
        try
        {
            var fixtures = Path.Combine(PlainProcess.RepositoryRoot(), "tests", "MediaJobs.Pipelines.Tests", "Documents", "Fixtures");
            var textPdf = Path.Combine(media, "text.pdf");
            var scanPdf = Path.Combine(media, "scanned.pdf");
            await PlainProcess.RunAsync("pdfunite", [.. Enumerable.Repeat(Path.Combine(fixtures, "text.pdf"), textPages), textPdf]);
            await PlainProcess.RunAsync("pdfunite", [.. Enumerable.Repeat(Path.Combine(fixtures, "scanned.pdf"), scanPages), scanPdf]);

            var options = new DocumentsOptions();
            using var http = new HttpClient();
            await using var env = await BenchEnvironment.CreateAsync(1, layout =>
                [new PdfPipeline(new DocumentJobDependencies(BenchTools.Tools, BenchTools.Runner, BenchTools.Ffprobe, new MediaRoots([media]), layout, options, http))]);
            await env.Engine.StartAsync(CancellationToken.None);

            async Task<double> Job(string pdf, string method, bool assets)
            {
                var clock = Stopwatch.StartNew();
                var job = await env.Service.SubmitAsync(new JobSubmission
                {
                    Type = PdfPipeline.TypeName,
                    Input = new JsonObject { ["filename"] = pdf, ["extraction_method"] = method, ["use_cache"] = false, ["include_assets"] = assets },
                }, CancellationToken.None);
                var done = await env.WaitForFinalAsync(job.Id, TimeSpan.FromMinutes(10));
                if (done.Status != JobStatus.Succeeded)
                {
                    throw new InvalidOperationException($"pdf job ended {done.Status}: {done.Message}");
                }
                return clock.Elapsed.TotalSeconds;
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.CpuBudget) };
            async Task<double> PagesPlain(int pages, Func<int, Task> page)
            {
                var clock = Stopwatch.StartNew();
                await Parallel.ForEachAsync(Enumerable.Range(1, pages), parallel, async (p, _) => await page(p));
                return clock.Elapsed.TotalSeconds;
            }
            async Task<double> Whole(string pdf, bool assets)
            {
                var clock = Stopwatch.StartNew();
                await PlainProcess.RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", "-eol", "unix", pdf, "-"]);
                if (assets)
                {
                    var previews = Directory.CreateDirectory(Path.Combine(work, "previews")).FullName;
                    await PlainProcess.RunAsync("pdftoppm", ["-r", options.PreviewDpi.ToString(c), "-png", pdf, Path.Combine(previews, "page")]);
                    await PlainProcess.RunAsync("pdfimages", PopplerArgs.PdfImages(pdf, Path.Combine(previews, "image")));
                    Directory.Delete(previews, recursive: true);
                }
                return clock.Elapsed.TotalSeconds;
            }
            Task PlainText(int p) => PlainProcess.RunAsync("pdftotext", PopplerArgs.PdfToText(textPdf, p));
            async Task PlainOcr(int p)
            {
                var prefix = Path.Combine(work, "page-" + p.ToString("D4", c));
                await PlainProcess.RunAsync("pdftoppm", PopplerArgs.PdfToPng(scanPdf, p, options.OcrDpi, prefix, gray: true));
                await PlainProcess.RunAsync("tesseract", TesseractArgs.Build(prefix + ".png", "eng"), new Dictionary<string, string>(TesseractArgs.Environment!));
                File.Delete(prefix + ".png");
            }

            // Each row: one measurement per run, alternating between the job variants and the plain tools.
            // Baseline: the index of the row it is compared with.
            var rows = new (string Name, int Pages, Func<Task<double>> Measure, int Baseline)[]
            {
                ($"`native` job, {textPages} pages (default: previews + images)", textPages, () => Job(textPdf, "native", true), 3),
                ($"`native` job, {textPages} pages, `include_assets: false`", textPages, () => Job(textPdf, "native", false), 2),
                ("plain `pdftotext` whole file, one call", textPages, () => Whole(textPdf, assets: false), 2),
                ($"plain whole file: `pdftotext`, `pdftoppm -r {options.PreviewDpi}`, `pdfimages`, one call each", textPages, () => Whole(textPdf, assets: true), 3),
                ($"plain `pdftotext` page by page ({parallel.MaxDegreeOfParallelism} at a time; the job before 2026-11-22)", textPages, () => PagesPlain(textPages, PlainText), 2),
                ($"`ocr` job, {scanPages} scanned pages (default: previews + images)", scanPages, () => Job(scanPdf, "ocr", true), 7),
                ($"`ocr` job, {scanPages} scanned pages, `include_assets: false`", scanPages, () => Job(scanPdf, "ocr", false), 7),
                ($"plain `pdftoppm -r {options.OcrDpi} -gray` + `tesseract` page by page ({parallel.MaxDegreeOfParallelism} at a time)", scanPages, () => PagesPlain(scanPages, PlainOcr), 7),
            };
            var times = rows.Select(_ => new List<double>()).ToArray();
            await rows[0].Measure(); // warm-up: JIT, page cache
            for (var r = 0; r < runs; r++)
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    times[i].Add(await rows[i].Measure());
                }
            }

            Console.WriteLine(string.Create(c, $"| measure ({runs} runs, alternating) | median | pages/s | vs plain | plain row |"));
            Console.WriteLine("|---|---|---|---|---|");
            for (var i = 0; i < rows.Length; i++)
            {
                var median = PlainProcess.Median(times[i]);
                var floor = PlainProcess.Median(times[rows[i].Baseline]);
                Console.WriteLine(string.Create(c,
                    $"| {rows[i].Name} | {median * 1000:F0} ms | **{rows[i].Pages / median:F1}** | {median / floor:F2}× | {rows[i].Baseline + 1} |"));
            }
            Console.WriteLine();
            Console.WriteLine(string.Create(c, $"{Environment.ProcessorCount} cores; per run (s): ")
                + string.Join("; ", rows.Select((row, i) => string.Join(" / ", times[i].Select(t => t.ToString("F3", c))))));
            return 0;
        }
        finally
        {
            Directory.Delete(media, recursive: true);
            Directory.Delete(work, recursive: true);
        }
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
