using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents;

/// <summary>Step <c>inspect</c>: pdfinfo reads title, author, page count…; published as <c>metadata.json</c> for later steps.</summary>
internal sealed class InspectStep(PopplerClient poppler, DocumentFileResolver files) : IJobStep<PdfRequest>
{
    public const string StepName = "inspect";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, PdfRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context))
        {
            return;
        }
        using var file = files.Open(request.FilePath);
        var metadata = await poppler.InfoAsync(file.ToolPath, context.NewToolLogPath("pdfinfo"), ct);
        if (metadata.Pages < 1)
        {
            throw new MediaJobsException(new JobError("PdfUnreadable", $"pdfinfo found no pages in '{Path.GetFileName(request.FilePath)}'.", "Check that the file is a valid PDF."));
        }
        await DocumentArtifacts.PublishJsonAsync(context, DocumentArtifacts.Metadata, metadata, ArtifactUse.Intermediate, ct);
        await context.LogAsync(EventLevel.Info, $"PDF has {metadata.Pages} page(s); title: {metadata.Title ?? "(none)"}", ct);
        context.ReportProgress(100);
    }
}
