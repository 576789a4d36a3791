using MediaJobs.Core.Jobs;
using MediaJobs.Server.Compat.TextToVideo.Contracts;

namespace MediaJobs.Server.Compat.TextToVideo;

/// <summary>Our video job in seed 004's words (its contract records): four statuses and progress on its documented stages.</summary>
internal static class TextToVideoShapes
{
    /// <summary>Seed 004's stages for our steps; progress is the highest stage reached, so it never goes back.</summary>
    private static readonly Dictionary<string, (int Progress, string Message)> Stages = new(StringComparer.Ordinal)
    {
        ["preflight"] = (0, "Checking tools..."),
        ["script"] = (0, "Preparing the script..."),
        ["narration"] = (20, "Starting audio generation..."),
        ["broll"] = (80, "Fetching background videos..."),
        ["subtitles"] = (40, "Starting caption generation..."),
        ["mux"] = (90, "Rendering video..."),
    };

    /// <summary>queued, processing, completed, failed (seed 004 has no word for cancelled: it failed to complete).</summary>
    public static string StatusWord(JobStatus status) => status switch
    {
        JobStatus.Queued => "queued",
        JobStatus.Running => "processing",
        JobStatus.Succeeded or JobStatus.Skipped => "completed",
        _ => "failed",
    };

    public static (int Progress, string Message) Progress(Job job)
    {
        switch (job.Status)
        {
            case JobStatus.Queued:
                return (0, "Job queued");
            case JobStatus.Succeeded or JobStatus.Skipped:
                return (100, "Video generation completed");
            case JobStatus.Failed:
                return (Reached(job).Progress, job.Errors.LastOrDefault()?.Message ?? job.Message ?? "Video generation failed");
            case JobStatus.Cancelled:
                return (Reached(job).Progress, "Video generation cancelled");
            default:
                return Reached(job);
        }
    }

    public static TextToVideoStatus Status(Job job, IReadOnlyList<string> logs)
    {
        var (progress, message) = Progress(job);
        return new TextToVideoStatus(StatusWord(job.Status), progress, message, CompatTimes.UnixSeconds(job.CreatedUtc), logs);
    }

    public static TextToVideoListedJob Listed(Job job, IReadOnlyList<string> logs, DataLayout layout)
    {
        var (progress, message) = Progress(job);
        var output = job.Status == JobStatus.Succeeded && job.Output.Count > 0 ? layout.Resolve(job.Output[0].Path) : null;
        return new TextToVideoListedJob(StatusWord(job.Status), progress, message, CompatTimes.UnixSeconds(job.CreatedUtc), output, logs);
    }

    private static (int Progress, string Message) Reached(Job job)
    {
        var started = job.Steps.Where(s => s.Status != StepStatus.Pending && Stages.ContainsKey(s.Name)).ToList();
        if (started.Count == 0)
        {
            return (0, "Starting...");
        }
        var current = started[^1];
        return (started.Max(s => Stages[s.Name].Progress), Stages[current.Name].Message);
    }
}
