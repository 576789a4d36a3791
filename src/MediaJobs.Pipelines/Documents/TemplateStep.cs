using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Step <c>template</c>: fills the requested template (chat model when configured, else offline) and publishes it as
/// <c>&lt;Template&gt;.md</c>; the result <c>template</c> holds its name, fields, Markdown and who filled it.
/// Does nothing when the job names no template.
/// </summary>
internal sealed class TemplateStep(
    TemplateLibrary library, TemplateFiller filler, Func<StepContext, CancellationToken, Task<TemplateSource?>> sourceOf, ArtifactUse use) : IJobStep
{
    public const string StepName = "template";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context) || await sourceOf(context, ct) is not { } source)
        {
            return;
        }
        var template = library.Require(source.TemplateName, "template");
        var filled = await filler.FillAsync(template, source.Text, source.Title, source.Values, w => context.WarnAsync(w, ct), ct);
        await DocumentArtifacts.PublishTextAsync(context, DocumentArtifacts.TemplateFile(template.Name), filled.Markdown, "text/markdown", use, ct);
        context.Set(DocumentState.Template, TemplateResult.From(filled));
        await context.LogAsync(EventLevel.Success, $"Template {template.Name} filled ({filled.FilledBy}); empty fields: {(filled.EmptyFields.Count == 0 ? "none" : string.Join(", ", filled.EmptyFields))}", ct);
        context.ReportProgress(100);
    }
}
