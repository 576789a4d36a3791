using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Api;

/// <summary>
/// A job's <c>stage</c>: the stage its pipeline declares (<see cref="Core.Pipelines.IJobPipeline.StageOf"/>) for the
/// first step that has not succeeded (the one running, or the one that failed or was cancelled); <c>Complete</c> once
/// the job succeeded.
/// </summary>
internal static class JobStages
{
    public const string Complete = "Complete";

    /// <param name="pipelines">The job types; for a type this node lacks, the step's own name.</param>
    public static string? Of(Job job, PipelineRegistry pipelines)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(pipelines);
        if (job.Status == JobStatus.Succeeded)
        {
            return Complete;
        }
        var step = job.Steps.FirstOrDefault(s => s.Status != StepStatus.Succeeded)?.Name ?? job.Steps.FirstOrDefault()?.Name;
        return step is null ? null : pipelines.Find(job.Type)?.StageOf(step) ?? step;
    }
}
