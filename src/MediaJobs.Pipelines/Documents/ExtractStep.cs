using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Cloud;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Step <c>extract</c>: the text of every page by the requested method (local: <see cref="LocalPdfExtractor"/>; cloud:
/// Mistral OCR or a vision model, which fail at once with <c>MissingApiKey:*</c> when their key is absent). Publishes
/// <c>extraction.json</c> (for later steps) and <c>text.txt</c> (the job's main output).
/// </summary>
internal sealed class ExtractStep(
    LocalPdfExtractor local, PopplerClient poppler, MistralOcrClient mistral, OpenAiVisionClient vision, DocumentFileResolver files) : IJobStep<PdfRequest>
{
    public const string StepName = "extract";
    private const int VisionDpi = 150;

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, PdfRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context))
        {
            return;
        }
        var metadata = await DocumentArtifacts.ReadJsonAsync<PdfMetadata>(context, DocumentArtifacts.Metadata, ct);
        var methodName = ExtractionMethods.NameOf(request.Method);
        await context.LogAsync(EventLevel.Info, $"Extracting text from {metadata.Pages} page(s) ({methodName})...", ct);
        using var file = files.Open(request.FilePath);
        var extraction = request.Method switch
        {
            ExtractionMethod.MistralOcr or ExtractionMethod.MistralOcrWithPages => await MistralAsync(context, request, file.ToolPath, metadata, ct),
            ExtractionMethod.OpenAiVision => await VisionAsync(context, file.ToolPath, metadata, ct),
            _ => new DocumentExtraction(methodName, metadata, await local.ExtractAsync(
                file.ToolPath, metadata.Pages, request.Method, request.Language, context.WorkDirectory,
                context.NewToolLogPath, context.ReportProgress, ct)),
        };
        await DocumentArtifacts.PublishJsonAsync(context, DocumentArtifacts.Extraction, extraction, ArtifactUse.Intermediate, ct);
        await DocumentArtifacts.PublishTextAsync(context, DocumentArtifacts.Text, extraction.Text, "text/plain", ArtifactUse.PrimaryOutput, ct);
        foreach (var page in extraction.Pages.Where(p => p.Note is not null))
        {
            await context.LogAsync(EventLevel.Info, $"Page {page.Page}: {page.Note}", ct);
        }
        var ocrPages = extraction.Pages.Count(p => p.Method == "ocr");
        await context.LogAsync(EventLevel.Success,
            $"Extracted {extraction.Text.Length} characters from {extraction.Pages.Count} page(s); {ocrPages} by OCR", ct);
        context.ReportProgress(100);
    }

    private async Task<DocumentExtraction> MistralAsync(StepContext context, PdfRequest request, string filePath, PdfMetadata metadata, CancellationToken ct)
    {
        mistral.RequireKey();
        var withPages = request.Method == ExtractionMethod.MistralOcrWithPages;
        var (pages, raw) = await mistral.ReadAsync(filePath, withPages, ct);
        if (withPages)
        {
            await DocumentArtifacts.PublishTextAsync(context, DocumentArtifacts.MistralRaw, raw.ToJsonString(), "application/json", ArtifactUse.Output, ct);
        }
        var provider = new JsonObject
        {
            ["model"] = raw["model"]?.DeepClone(),
            ["pages_count"] = pages.Count,
            ["usage_info"] = raw["usage_info"]?.DeepClone(),
        };
        return new DocumentExtraction(ExtractionMethods.NameOf(request.Method), metadata, pages) { Provider = provider };
    }

    private async Task<DocumentExtraction> VisionAsync(StepContext context, string filePath, PdfMetadata metadata, CancellationToken ct)
    {
        vision.RequireKey();
        var pages = new List<PageText>();
        for (var page = 1; page <= metadata.Pages; page++)
        {
            var prefix = Path.Combine(context.WorkDirectory, "vision-page-" + page.ToString("D4", CultureInfo.InvariantCulture));
            var image = await poppler.RenderPageAsync(filePath, page, VisionDpi, prefix, gray: false, context.NewToolLogPath("pdftoppm"), ct);
            pages.Add(new PageText(page, await vision.ReadPageAsync(image, ct), "openai_vision"));
            File.Delete(image);
            context.ReportProgress(100.0 * page / metadata.Pages);
        }
        return new DocumentExtraction("openai_vision", metadata, pages);
    }
}
