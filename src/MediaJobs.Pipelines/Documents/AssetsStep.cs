using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Step <c>assets</c> (unless <c>include_assets</c> is false): a low-resolution PNG preview of every page
/// (<c>page-0001.png</c>, ...) and every embedded image (<c>image-001-000.png</c>: page, index), published as outputs.
/// </summary>
internal sealed class AssetsStep(PopplerClient poppler, DocumentsOptions options, DocumentFileResolver files) : IJobStep<PdfRequest>
{
    public const string StepName = "assets";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, PdfRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context) || !request.IncludeAssets)
        {
            return;
        }
        var metadata = await DocumentArtifacts.ReadJsonAsync<PdfMetadata>(context, DocumentArtifacts.Metadata, ct);
        // A range of pages per pdftoppm call (its start-up costs more than a small preview), ranges in parallel.
        using var file = files.Open(request.FilePath);
        var ranges = PageRanges.Split(metadata.Pages, options.CpuBudget);
        var rendered = new IReadOnlyList<(int Page, string Path)>[ranges.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, ranges.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.CpuBudget), CancellationToken = ct }, async (i, token) =>
        {
            var (first, last) = ranges[i];
            var directory = Path.Combine(context.WorkDirectory, "previews", first.ToString(CultureInfo.InvariantCulture));
            rendered[i] = await poppler.RenderPagesAsync(file.ToolPath, first, last, options.PreviewDpi, directory, context.NewToolLogPath("pdftoppm"), token);
            context.ReportProgress(50.0 * Interlocked.Add(ref done, last - first + 1) / metadata.Pages);
        });
        foreach (var (page, image) in rendered.SelectMany(r => r))
        {
            var name = DocumentArtifacts.PagePrefix + page.ToString("D4", CultureInfo.InvariantCulture) + ".png";
            await context.PublishArtifactAsync(image, name, "image/png", ArtifactUse.Output, ct);
        }
        var images = await poppler.ExtractImagesAsync(file.ToolPath, Path.Combine(context.WorkDirectory, "images"), context.NewToolLogPath("pdfimages"), ct);
        foreach (var image in images)
        {
            await context.PublishArtifactAsync(image, Path.GetFileName(image), "image/png", ArtifactUse.Output, ct);
        }
        await context.LogAsync(EventLevel.Info, $"Assets: {metadata.Pages} page preview(s), {images.Count} embedded image(s)", ct);
        context.ReportProgress(100);
    }
}
