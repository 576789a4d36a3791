using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents;

/// <summary>Step <c>slides</c>: the session's slides PDF read like a <c>pdf</c> job (default <c>combined</c>); <c>slides.txt</c> is published. Nothing to do on a cached run.</summary>
internal sealed class SlidesStep(DocumentJobDependencies dependencies) : IJobStep<SessionRequest>
{
    public const string StepName = "slides";
    public const string SlidesExtraction = "slides.json";
    public const string SlidesText = "slides.txt";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, SessionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context))
        {
            return;
        }
        if (request.SlidesPath is not { } slides)
        {
            await context.LogAsync(EventLevel.Info, "No slides given", ct);
            return;
        }
        using var file = dependencies.FileResolver.Open(slides);
        var metadata = await dependencies.Poppler.InfoAsync(file.ToolPath, context.NewToolLogPath("pdfinfo"), ct);
        var pages = await dependencies.LocalExtractor.ExtractAsync(
            file.ToolPath, metadata.Pages, request.SlidesMethod, request.Language, context.WorkDirectory, context.NewToolLogPath, context.ReportProgress, ct);
        var extraction = new DocumentExtraction(ExtractionMethods.NameOf(request.SlidesMethod), metadata, pages);
        await DocumentArtifacts.PublishJsonAsync(context, SlidesExtraction, extraction, ArtifactUse.Intermediate, ct);
        await DocumentArtifacts.PublishTextAsync(context, SlidesText, extraction.Text, "text/plain", ArtifactUse.Output, ct);
        await context.LogAsync(EventLevel.Success, $"Slides: {pages.Count} page(s), {extraction.Text.Length} characters", ct);
        context.ReportProgress(100);
    }
}
