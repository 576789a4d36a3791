using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Job type <c>transformer</c> (seed 003): text in, filled template out, by the same template engine as <c>pdf</c>.
/// Results: <c>{template {name, filled_by, fields, empty_fields, markdown}, text, assets, target_dir, cached}</c>.
/// </summary>
internal sealed class TransformerPipeline(DocumentJobDependencies dependencies) : IJobPipeline<TransformerRequest>
{
    public const string TypeName = "transformer";

    public static IReadOnlyList<string> StepNames { get; } = [CacheLookupStep.StepName, TemplateStep.StepName, ResultsStep.StepName];

    public string Type => TypeName;

    public IReadOnlyList<string> Presets { get; } = ["default"];

    /// <summary>Template filling is light (or waits on a remote model).</summary>
    public int? DefaultConcurrency => 2;

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = TransformerRequest.Parse(submission.Input);
        dependencies.Templates.Require(request.Template, "template");
        return StepNames;
    }

    public TransformerRequest ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return TransformerRequest.Parse(job.Input);
    }

    public IJobStep GetStep(string name) => name switch
    {
        CacheLookupStep.StepName => new CacheLookupStep(dependencies.Cache, CacheKeyAsync),
        TemplateStep.StepName => new TemplateStep(dependencies.Templates, dependencies.Filler, TemplateSourceAsync, ArtifactUse.PrimaryOutput),
        ResultsStep.StepName => new ResultsStep(dependencies.Cache, BuildResultsAsync),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the transformer pipeline."),
    };

    private Task<string?> CacheKeyAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<TransformerRequest>();
        return Task.FromResult(request.UseCache
            ? CacheKey.Compute(TypeName, CacheKey.HashText(request.Text), WithoutText(context.Job.Input), dependencies.Templates.Find(request.Template)?.Body,
                $"template_filler={dependencies.Filler.Identity}")
            : null);
    }

    private static JsonObject WithoutText(JsonObject input)
    {
        var copy = input.DeepClone().AsObject();
        copy.Remove("text");
        return copy;
    }

    private static Task<TemplateSource?> TemplateSourceAsync(StepContext context, CancellationToken ct)
    {
        var request = context.Request<TransformerRequest>();
        return Task.FromResult<TemplateSource?>(new TemplateSource(request.Template, request.Text, request.Title, WithTitle(request)));
    }

    private static Dictionary<string, string> WithTitle(TransformerRequest request)
    {
        var values = new Dictionary<string, string>(request.Values, StringComparer.Ordinal);
        if (request.Title is { Length: > 0 } title)
        {
            values.TryAdd("title", title);
        }
        return values;
    }

    private static Task BuildResultsAsync(StepContext context, CancellationToken ct)
    {
        context.SetResult(DocumentResults.Text, context.TryGet(DocumentState.Template, out var template) ? template.Markdown : null);
        return Task.CompletedTask;
    }
}
