using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Job type <c>transcode-discovery</c>: <c>paths</c> (files or folders) → one <c>transcode</c> job per video file
/// found. The job service is resolved lazily (<paramref name="service"/>): it depends on the pipeline registry,
/// which depends on this pipeline.
/// </summary>
public sealed class TranscodeDiscoveryPipeline(FfprobeClient ffprobe, MediaRoots roots, Func<JobService> service) : IJobPipeline<DiscoveryRequest>
{
    public const string TypeName = "transcode-discovery";

    public string Type => TypeName;

    /// <summary>Discovery probes each file it finds.</summary>
    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Ffprobe);

    public IReadOnlyList<string> Presets => TranscodePreset.Ids;

    /// <summary>Walks folders and probes files: one walk at a time is plenty.</summary>
    public int? DefaultConcurrency => 1;

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        DiscoveryRequest.Read(submission.Input, submission.Preset ?? Presets[0], roots);
        // Handed to every transcode job the discovery submits: refused here, not in a job it submits later.
        TranscodeRequest.ReadSegmentSeconds(submission.Options);
        return [DiscoverStep.StepName];
    }

    /// <summary>Checked again at run time: a folder may have gone since the submission (the input is not changed).</summary>
    public DiscoveryRequest ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return DiscoveryRequest.Read((JsonObject)job.Input.DeepClone(), job.Preset, roots);
    }

    public IJobStep GetStep(string name) => name == DiscoverStep.StepName
        ? new DiscoverStep(ffprobe, roots, service)
        : throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the discovery pipeline.");
}
