using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>discover</c>: walks the folders, confirms each candidate by probe (it has a video stream), reports
/// <c>{probed, total}</c> as it goes, and submits one <c>transcode</c> job per video file in one batch.
/// At-least-once: a crash after the submit and before this step's commit submits the files again.
/// </summary>
internal sealed class DiscoverStep(FfprobeClient ffprobe, MediaRoots roots, Func<JobService> service) : IJobStep<DiscoveryRequest>
{
    public const string StepName = "discover";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, DiscoveryRequest request, CancellationToken ct)
    {
        var job = context.Job;
        var candidates = VideoFileFinder.Find(request.Paths);
        var videos = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
        {
            try
            {
                // Opened and checked under a root now (a link inside a root may point out of it); ffprobe reads the
                // opened file. A file that is itself a link is not transcoded (the replace would replace the link).
                using var file = roots.Open(candidates[i]);
                var probe = await ffprobe.ProbeAsync(file.ToolPath, ct);
                if (probe.PrimaryVideo is not null && new FileInfo(candidates[i]).LinkTarget is null)
                {
                    videos.Add(candidates[i]);
                }
            }
            catch (Exception ex) when (ex is MediaJobsException or IOException)
            {
                // Not a readable video (or outside the roots, or gone): not ours to transcode.
            }
            context.ReportProgress((i + 1) * 95.0 / candidates.Count, new JsonObject { [TranscodeResults.Probed] = i + 1, [TranscodeResults.Total] = candidates.Count });
        }
        // Shrinkray's order: the last discovery_progress (N of N) before the jobs it found are added.
        await context.FlushProgressAsync(ct);
        var submissions = videos.Select(path => new JobSubmission
        {
            Type = TranscodePipeline.TypeName,
            Preset = request.Preset.Id,
            Input = new JsonObject
            {
                [TranscodeRequest.PathField] = path,
                [TranscodeRequest.QualityField] = request.Quality?.Name,
                [TranscodeRequest.KeepOriginalField] = request.KeepOriginal,
            },
            Options = TranscodeRequest.SegmentSecondsOf(job.Options) is { } seconds
                ? new JsonObject { [TranscodeRequest.SegmentSecondsOption] = seconds }
                : [],
            Owner = job.Owner,
            CorrelationId = job.CorrelationId,
            Priority = job.Priority,
        }).ToList();
        var ids = new JsonArray();
        if (submissions.Count > 0)
        {
            var (_, jobs) = await service().SubmitManyAsync(submissions, $"discovery {job.Id}", ct);
            foreach (var submitted in jobs)
            {
                ids.Add(submitted.Id);
            }
        }
        context.SetResult(TranscodeResults.Found, videos.Count);
        context.SetResult(TranscodeResults.JobIds, ids);
    }
}
