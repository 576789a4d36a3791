using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Step <c>broll</c>: gets clips and a music bed from the <see cref="IBrollSource"/> and plans shots
/// that cover the narration. Publishes <c>broll-plan.json</c>; the pixels are composed in <c>mux</c>,
/// so the video is encoded once.
/// </summary>
public sealed class BrollStep(IBrollSource source) : IJobStep<VideoRequest>
{
    public const string StepName = "broll";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var script = await VideoArtifacts.ReadJsonAsync<VideoScript>(context, VideoArtifacts.Script, ct);
        var timings = await VideoArtifacts.ReadJsonAsync<NarrationTimings>(context, VideoArtifacts.Timings, ct);
        await context.LogAsync(EventLevel.Info, $"Choosing footage from the {source.Name} library...", ct);
        var assets = await source.GetAssetsAsync(request, script, p => context.ReportProgress(p * 0.9), ct);
        foreach (var warning in assets.Warnings)
        {
            await context.WarnAsync(warning, ct);
        }
        var plan = BrollPlanner.Plan(request, timings, assets);
        await VideoArtifacts.PublishJsonAsync(context, VideoArtifacts.BrollPlan, plan, ArtifactUse.Intermediate, ct);
        await context.LogAsync(EventLevel.Success, $"B-roll planned: {plan.Segments.Count} shots over {plan.DurationSec:0.0} s", ct);
        context.ReportProgress(100);
    }
}
