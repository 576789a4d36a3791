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
public sealed class AssetsStep(PopplerClient poppler, DocumentInputs inputs, DocumentsOptions options) : IJobStep
{
    public const string StepName = "assets";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = PdfRequestParser.Parse(context.Job.Input, inputs);
        if (DocumentCache.IsCachedRun(context) || !request.IncludeAssets)
        {
            return;
        }
        var metadata = await DocumentArtifacts.ReadJsonAsync<PdfMetadata>(context, DocumentArtifacts.Metadata, ct);
        for (var page = 1; page <= metadata.Pages; page++)
        {
            var name = DocumentArtifacts.PagePrefix + page.ToString("D4", CultureInfo.InvariantCulture);
            var image = await poppler.RenderPageAsync(request.FilePath, page, options.PreviewDpi, Path.Combine(context.WorkDirectory, name), gray: false, context.NewToolLogPath("pdftoppm"), ct);
            await context.PublishArtifactAsync(image, name + ".png", "image/png", ArtifactUse.Output, ct);
            context.ReportProgress(50.0 * page / metadata.Pages);
        }
        var images = await poppler.ExtractImagesAsync(request.FilePath, Path.Combine(context.WorkDirectory, "images"), context.NewToolLogPath("pdfimages"), ct);
        foreach (var image in images)
        {
            await context.PublishArtifactAsync(image, Path.GetFileName(image), "image/png", ArtifactUse.Output, ct);
        }
        await context.LogAsync(EventLevel.Info, $"Assets: {metadata.Pages} page preview(s), {images.Count} embedded image(s)", ct);
        context.ReportProgress(100);
    }
}
