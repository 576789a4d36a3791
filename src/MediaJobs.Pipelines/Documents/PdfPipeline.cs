using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Extraction;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Job type <c>pdf</c> (seed 003): a PDF → metadata → text (native / ocr / combined / cloud) → page previews and
/// embedded images → optional template → results <c>{structured_data, template?, assets, target_dir, cached}</c>.
/// Inputs: see <see cref="PdfRequestParser"/>.
/// </summary>
public sealed class PdfPipeline(DocumentJobDependencies dependencies) : IJobPipeline<PdfRequest>
{
    public const string TypeName = "pdf";

    public static IReadOnlyList<string> StepNames { get; } =
        [PreflightStep.StepName, CacheLookupStep.StepName, InspectStep.StepName, ExtractStep.StepName, AssetsStep.StepName, TemplateStep.StepName, ResultsStep.StepName];

    public string Type => TypeName;

    /// <summary>The tools its preflight step checks.</summary>
    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Pdfinfo, MediaTool.Pdftotext, MediaTool.Pdftoppm, MediaTool.Pdfimages);

    public IReadOnlyList<string> Presets { get; } = ["default"];

    /// <summary>Extraction is mostly I/O and short tool calls; OCR bounds its own pages (CpuBudget).</summary>
    public int? DefaultConcurrency => 2;

    /// <summary>A PDF job hands its <c>structured_data</c> when it has one (seed 003's webhook <c>data</c>), else its results.</summary>
    public JsonObject CompletionData(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return (JsonObject)(job.Results[DocumentResults.StructuredData] is JsonObject structured ? structured : job.Results).DeepClone();
    }

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = PdfRequestParser.Parse(submission.Input, dependencies.FileResolver);
        dependencies.FileResolver.CheckUploadOwner(request.FilePath, submission.Owner, submission.Input.ContainsKey("uploaded_file") ? "uploaded_file" : "filename");
        if (request.Template is { } template)
        {
            dependencies.Templates.Require(template, "template");
        }
        return StepNames;
    }

    /// <summary>OCR (alone or for thin pages) runs Tesseract: only a node that has it claims such a job.</summary>
    public IReadOnlyList<string> RequiredToolsFor(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return PdfRequestParser.Parse(submission.Input, dependencies.FileResolver).Method is ExtractionMethod.Ocr or ExtractionMethod.Combined
            ? [.. ToolNames.Of(MediaTool.Tesseract)]
            : [];
    }

    /// <summary>Read again at run time: the file is resolved and checked to exist (it may be gone since the submission).</summary>
    public PdfRequest ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return PdfRequestParser.Parse(job.Input, dependencies.FileResolver);
    }

    public IJobStep GetStep(string name) => name switch
    {
        PreflightStep.StepName => new PreflightStep(dependencies.Tools, [MediaTool.Pdfinfo, MediaTool.Pdftotext, MediaTool.Pdftoppm, MediaTool.Pdfimages]),
        CacheLookupStep.StepName => new CacheLookupStep(dependencies.Cache, CacheKeyAsync),
        InspectStep.StepName => new InspectStep(dependencies.Poppler, dependencies.FileResolver),
        ExtractStep.StepName => new ExtractStep(dependencies.LocalExtractor, dependencies.Poppler, dependencies.Mistral, dependencies.Vision, dependencies.FileResolver),
        AssetsStep.StepName => new AssetsStep(dependencies.Poppler, dependencies.Options, dependencies.FileResolver),
        TemplateStep.StepName => new TemplateStep(dependencies.Templates, dependencies.Filler, TemplateSourceAsync, ArtifactUse.Output),
        ResultsStep.StepName => new ResultsStep(dependencies.Cache, BuildResultsAsync),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the pdf pipeline."),
    };

    private async Task<string?> CacheKeyAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<PdfRequest>();
        if (!request.UseCache)
        {
            return null;
        }
        var templateText = request.Template is { } t ? dependencies.Templates.Find(t)?.Body : null;
        var extractor = request.Method switch
        {
            ExtractionMethod.MistralOcr or ExtractionMethod.MistralOcrWithPages => $"{dependencies.Options.Mistral.BaseUrl}|{dependencies.Options.Mistral.Model}",
            ExtractionMethod.OpenAiVision => $"{dependencies.Options.Vision.BaseUrl}|{dependencies.Options.Vision.Model}",
            _ => "local",
        };
        var providers = $"extractor={extractor};template_filler={dependencies.Filler.Identity}";
        using var file = dependencies.FileResolver.Open(request.FilePath);
        return CacheKey.Compute(TypeName, await CacheKey.HashFileAsync(file.ToolPath, ct), context.Job.Input, templateText, providers);
    }

    private async Task<TemplateSource?> TemplateSourceAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<PdfRequest>();
        if (request.Template is null)
        {
            return null;
        }
        var extraction = await DocumentArtifacts.ReadJsonAsync<DocumentExtraction>(context, DocumentArtifacts.Extraction, ct);
        return new TemplateSource(request.Template, extraction.Text, extraction.Metadata.Title);
    }

    private async Task BuildResultsAsync(StepContext context, CancellationToken ct)
    {
        var extraction = await DocumentArtifacts.ReadJsonAsync<DocumentExtraction>(context, DocumentArtifacts.Extraction, ct);
        context.SetResult(DocumentResults.StructuredData, ResultsStep.StructuredData(extraction));
    }
}
