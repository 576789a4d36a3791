using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Server.Api;

/// <summary>
/// The create answer's <c>stage</c>: a video job's first stage in seed 000's words (its <c>preflight</c> check belongs to
/// the <c>Script</c> stage, so a new video job answers <c>Script</c>, as the seed shows); other job types have no seed
/// words and name their first step.
/// </summary>
public static class SeedStages
{
    private static readonly Dictionary<string, string> VideoStages = new(StringComparer.Ordinal)
    {
        [Pipelines.Common.PreflightStep.StepName] = "Script",
        [ScriptStep.StepName] = "Script",
        [NarrationStep.StepName] = "Voice",
        [BrollStep.StepName] = "Visuals",
        [SubtitlesStep.StepName] = "Captions",
        [MuxStep.StepName] = "Render",
    };

    public static string? Of(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var first = job.Steps.FirstOrDefault(s => s.Status != StepStatus.Succeeded)?.Name ?? job.Steps.FirstOrDefault()?.Name;
        return first is not null && job.Type == VideoPipeline.TypeName ? VideoStages.GetValueOrDefault(first, first) : first;
    }
}
