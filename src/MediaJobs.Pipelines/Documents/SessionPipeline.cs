using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Cloud;
using MediaJobs.Pipelines.Documents.Extraction;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Job type <c>session</c> (seed 003): an event session (title, speakers, slides PDF, media) → slides extracted, media
/// probed (transcribed with a speech-to-text key) → a Markdown session summary from a template (<c>Session</c>).
/// Results: <c>{session {title, speakers, date}, slides?, media[], template, text, assets, target_dir, cached}</c>.
/// With <c>use_cache</c> a run with the same inputs (<see cref="SessionCacheKey"/>) is answered from the cache.
/// </summary>
internal sealed class SessionPipeline(DocumentJobDependencies dependencies) : IJobPipeline<SessionRequest>
{
    public const string TypeName = "session";

    public static IReadOnlyList<string> StepNames { get; } =
        [PreflightStep.StepName, CacheLookupStep.StepName, SlidesStep.StepName, SessionMediaStep.StepName, TemplateStep.StepName, ResultsStep.StepName];

    public string Type => TypeName;

    /// <summary>The tools its preflight step checks.</summary>
    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Pdfinfo, MediaTool.Pdftotext, MediaTool.Ffprobe);

    public IReadOnlyList<string> Presets { get; } = ["default"];

    /// <summary>A session probes media and may transcribe it: one at a time.</summary>
    public int? DefaultConcurrency => 1;

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = SessionRequest.Parse(submission.Input, dependencies.FileResolver);
        if (request.SlidesPath is { } slides)
        {
            dependencies.FileResolver.CheckUploadOwner(slides, submission.Owner, "slides");
        }
        dependencies.Templates.Require(request.Template, "template");
        return StepNames;
    }

    /// <summary>Read again at run time: the slides and media files are resolved and checked to exist.</summary>
    public SessionRequest ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return SessionRequest.Parse(job.Input, dependencies.FileResolver);
    }

    public IJobStep GetStep(string name) => name switch
    {
        PreflightStep.StepName => new PreflightStep(dependencies.Tools, [MediaTool.Pdfinfo, MediaTool.Pdftotext, MediaTool.Ffprobe]),
        CacheLookupStep.StepName => new CacheLookupStep(dependencies.Cache, CacheKeyAsync),
        SlidesStep.StepName => new SlidesStep(dependencies),
        SessionMediaStep.StepName => new SessionMediaStep(dependencies, Transcription()),
        TemplateStep.StepName => new TemplateStep(dependencies.Templates, dependencies.Filler, TemplateSourceAsync, ArtifactUse.PrimaryOutput),
        ResultsStep.StepName => new ResultsStep(dependencies.Cache, BuildResultsAsync),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the session pipeline."),
    };

    private TranscriptionClient Transcription() => new(dependencies.Http, dependencies.Options);

    private async Task<string?> CacheKeyAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<SessionRequest>();
        if (!request.UseCache)
        {
            return null;
        }
        var providers = $"transcription={Transcription().Identity};template_filler={dependencies.Filler.Identity}";
        return await SessionCacheKey.ComputeAsync(request, dependencies.Templates.Find(request.Template), providers, ct);
    }

    private async Task<TemplateSource?> TemplateSourceAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<SessionRequest>();
        var slides = await SlidesAsync(context, ct);
        var media = await DocumentArtifacts.ReadJsonAsync<List<SessionMedia>>(context, DocumentArtifacts.Media, ct);
        var transcript = string.Join("\n\n", media.Where(m => !string.IsNullOrWhiteSpace(m.Transcript)).Select(m => $"### {m.Source}\n\n{m.Transcript}"));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = request.Title,
            ["speakers"] = OfflineTemplateFiller.Bullets(request.Speakers),
            ["date"] = request.Date ?? "",
            ["media"] = SessionMediaStep.Describe(media),
            ["transcript"] = transcript.Length == 0 ? "" : "## Transcript\n\n" + transcript,
        };
        var text = string.Join("\n\n", new[] { slides?.Text, transcript }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return new TemplateSource(request.Template, text, request.Title, values);
    }

    private static async Task<DocumentExtraction?> SlidesAsync(StepContext context, CancellationToken ct) =>
        context.FindArtifact(SlidesStep.SlidesExtraction) is null
            ? null
            : await DocumentArtifacts.ReadJsonAsync<DocumentExtraction>(context, SlidesStep.SlidesExtraction, ct);

    private async Task BuildResultsAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<SessionRequest>();
        context.SetResult(DocumentResults.Session, new JsonObject
        {
            ["title"] = request.Title,
            ["speakers"] = new JsonArray([.. request.Speakers.Select(s => (JsonNode)s)]),
            ["date"] = request.Date,
        });
        if (await SlidesAsync(context, ct) is { } slides)
        {
            context.SetResult(DocumentResults.Slides, ResultsStep.StructuredData(slides));
        }
        var media = await DocumentArtifacts.ReadJsonAsync<List<SessionMedia>>(context, DocumentArtifacts.Media, ct);
        context.SetResult(DocumentResults.Media, System.Text.Json.JsonSerializer.SerializeToNode(media, DocumentArtifacts.Json));
        context.SetResult(DocumentResults.Text, context.TryGet(DocumentState.Template, out var template) ? template.Markdown : null);
    }
}
