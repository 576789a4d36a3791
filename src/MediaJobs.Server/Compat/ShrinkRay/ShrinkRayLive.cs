using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// A transcode's live fields in seed 002's words: the encode's own percent, speed, ETA and the SmartShrink phase. Only
/// progress details written by the step run going on now count (<see cref="TranscodeProgress.OfCurrentRun"/>): a retried
/// run starts at 0 and rises, never showing the 100 % and the ETA its earlier attempt left in the job's results.
/// </summary>
/// <param name="Progress">0–100: the encode's percent (0 while probing and analysing).</param>
/// <param name="Details">This run's progress details (speed, ETA, encoder), or null.</param>
/// <param name="Phase">SmartShrink presets while running: analyzing, then encoding; null otherwise.</param>
internal sealed record ShrinkRayLive(double Progress, JsonObject? Details, string? Phase)
{
    /// <param name="starting">For the <c>started</c> frame: a run begins at 0, as the seed's new job would.</param>
    public static ShrinkRayLive Of(Job job, bool starting = false)
    {
        var encode = job.FindStep(EncodeStep.StepName);
        if (job.Status != JobStatus.Running)
        {
            return new(job.Status switch
            {
                JobStatus.Queued => 0,
                JobStatus.Succeeded or JobStatus.Skipped => 100,
                _ => Math.Round(encode?.ProgressPct ?? 0, 1),
            }, null, null);
        }
        var running = job.Steps.Find(s => s.Status == StepStatus.Running);
        var details = TranscodeProgress.OfCurrentRun(job.Results[JobResultNames.Progress] as JsonObject, running);
        var phase = (string?)details?[TranscodeResults.Phase];
        var smartShrink = TranscodePreset.All.Any(p => p.Id == job.Preset && p.SmartShrink);
        var shownPhase = !smartShrink ? null
            : phase ?? (job.FindStep(AnalyzeStep.StepName)?.Status.IsDone() == true ? TranscodePhase.Encoding : TranscodePhase.Analyzing);
        if (starting)
        {
            return new(0, null, shownPhase);
        }
        var progress = phase == TranscodePhase.Encoding || running?.Name == EncodeStep.StepName
            ? running!.ProgressPct
            : running?.Name == AnalyzeStep.StepName || encode?.Status.IsDone() != true ? 0 : 100;
        return new(Math.Round(progress, 1), phase == TranscodePhase.Encoding ? details : null, shownPhase);
    }
}
