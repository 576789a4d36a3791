using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Step <c>script</c>: the caller's text split into scenes and sentences, the sample's fixed script,
/// or a script written from the brief by the <see cref="IScriptWriter"/>. Publishes <c>script.json</c>.
/// </summary>
public sealed class ScriptStep(IScriptWriter writer) : IJobStep<VideoRequest>
{
    public const string StepName = "script";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (await VideoArtifacts.TryReadJsonAsync<VideoScript>(context, VideoArtifacts.Script, ct) is { SentenceCount: > 0 })
        {
            await context.LogAsync(EventLevel.Info, "Script already written; reusing it", ct);
            context.ReportProgress(100);
            return;
        }
        foreach (var warning in request.InputWarnings.Concat(request.Notices))
        {
            await context.WarnAsync(warning, ct);
        }
        await context.LogAsync(EventLevel.Info, "Generating script...", ct);
        context.ReportProgress(10);
        var script = request switch
        {
            { IsSample: true } => SampleScript.Create(request.Language),
            { Text: { } text } => ScriptText.Split(text, request.Title ?? ScriptText.Heading(text), request.Language, request.Density),
            _ => await writer.WriteAsync(request, ct),
        };
        context.ReportProgress(80);
        foreach (var warning in script.Warnings)
        {
            await context.WarnAsync(warning, ct);
        }
        await VideoArtifacts.PublishJsonAsync(context, VideoArtifacts.Script, script, ArtifactUse.Output, ct);
        var words = script.Sentences.Sum(s => s.Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        await context.LogAsync(EventLevel.Success, $"Script ready: {script.Scenes.Count} scenes, {script.SentenceCount} sentences, {words} words ({script.Source})", ct);
        context.ReportProgress(100);
    }
}
