using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Files;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using Microsoft.Extensions.Options;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Job type <c>transcode</c> (seed 002): one file → probe → (SmartShrink: analyze) → encode to a temp beside the
/// source → verify → atomic replace. Presets: compress-hevc, compress-av1, smartshrink-hevc, smartshrink-av1, 1080p, 720p.
/// Inputs: <c>path</c>, <c>smartshrink_quality</c>, <c>keep_original</c> (see <see cref="TranscodeRequest"/>).
/// </summary>
public sealed class TranscodePipeline : IJobPipeline<TranscodeRequest>, IJobCleanup
{
    public const string TypeName = "transcode";

    private readonly ToolLocator _tools;
    private readonly MediaRoots _roots;
    private readonly FfprobeClient _ffprobe;
    private readonly TranscodeWork _work;
    private readonly AnalyzeStep _analyze;
    private readonly EncoderSelector _encoders;
    private readonly Func<TranscodeOptions> _options;
    private readonly TimeProvider _time;

    public TranscodePipeline(ToolLocator tools, FfmpegRunner ffmpeg, FfprobeClient ffprobe, ProcessRunner runner, MediaRoots roots,
        TranscodeOptions options, EncoderSelector encoders, TimeProvider time, IOptionsMonitor<TranscodeOptions>? liveOptions = null, Func<JobService?>? service = null)
    {
        // CRFs and encoder presets may change at run time (runtime settings); each step reads the live values.
        Func<TranscodeOptions> current = liveOptions is null ? () => options : () => liveOptions.CurrentValue;
        _tools = tools;
        _roots = roots;
        _ffprobe = ffprobe;
        _encoders = encoders;
        _options = current;
        _time = time;
        _work = new TranscodeWork(new WatchedFfmpeg(ffmpeg, time), ffprobe, encoders, current, roots, new KeyframeProbe(tools, runner), service ?? (() => null));
        _analyze = new AnalyzeStep(ffmpeg, ffprobe, encoders, new QualityScorer(tools, runner, ffmpeg), current);
    }

    public string Type => TypeName;

    /// <summary>The encode work, shared with the segment jobs (<see cref="TranscodeSegmentPipeline"/>) this type submits.</summary>
    public TranscodeWork Work => _work;

    /// <summary>Every transcode probes and encodes.</summary>
    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Ffmpeg, MediaTool.Ffprobe);

    public IReadOnlyList<string> Presets => TranscodePreset.Ids;

    /// <summary>Encodes are CPU-heavy: one at a time on a 2-core box.</summary>
    public int? DefaultConcurrency => 1;

    /// <summary>The new file is written beside the original, under a media root.</summary>
    public IReadOnlyList<string> WritesOutsideDataDirectory => _roots.Roots;

    /// <summary>What a succeeded transcode saved (original size minus replacement size).</summary>
    public IReadOnlyList<JobCounter> Counters { get; } = [new(TranscodeCounters.BytesSaved, "bytesSaved")];

    /// <summary>A browser lists the video files a transcode could take (then probes them).</summary>
    public bool IsBrowsableInput(string path) => VideoFileFinder.IsCandidate(path);

    /// <summary>The encoders that passed a test encode (hardware first when one works), e.g. <c>encoder:hevc_nvenc</c>.</summary>
    public async Task<IReadOnlyList<string>> ProbeNodeCapabilitiesAsync(CancellationToken ct)
    {
        var hevc = await _encoders.SelectAsync(VideoCodec.Hevc, ct);
        var av1 = await _encoders.SelectAsync(VideoCodec.Av1, ct);
        return ["encoder:" + hevc.Name, "encoder:" + av1.Name];
    }

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = TranscodeRequest.Read(submission.Input, submission.Preset ?? Presets[0], _roots);
        TranscodeRequest.ReadSegmentSeconds(submission.Options);
        return request.Preset.SmartShrink
            ? [PreflightStep.StepName, ProbeStep.StepName, AnalyzeStep.StepName, EncodeStep.StepName, VerifyStep.StepName, ReplaceStep.StepName]
            : [PreflightStep.StepName, ProbeStep.StepName, EncodeStep.StepName, VerifyStep.StepName, ReplaceStep.StepName];
    }

    /// <summary>The stored request: no file-system checks, since a run may find the source already replaced.</summary>
    public TranscodeRequest ReadRequest(Job job) => TranscodeRequest.Stored(job);

    public IJobStep GetStep(string name) => name switch
    {
        PreflightStep.StepName => new PreflightStep(_tools, [MediaTool.Ffmpeg, MediaTool.Ffprobe]),
        ProbeStep.StepName => new ProbeStep(_ffprobe, _work.Source),
        AnalyzeStep.StepName => _analyze,
        EncodeStep.StepName => new EncodeStep(_work),
        VerifyStep.StepName => new VerifyStep(_work),
        ReplaceStep.StepName => new ReplaceStep(_work),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the transcode pipeline."),
    };

    /// <summary>
    /// Removes the temp file this job writes beside its source, and an ffmpeg a crashed server left writing it. The
    /// engine calls this at every end of a job (and the start-up sweep for every final job), so it does nothing unless
    /// that exact file exists, and <see cref="TempFileGuard"/> keeps it from ever touching another file.
    /// </summary>
    public Task CleanUpAsync(Job job, CancellationToken ct) => CleanUp(job, deleted: false);

    /// <summary>A deleted job is never retried: its segments go whatever its status.</summary>
    public Task CleanUpDeletedAsync(Job job, CancellationToken ct) => CleanUp(job, deleted: true);

    private Task CleanUp(Job job, bool deleted)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Input[TranscodeRequest.PathField] is null)
        {
            return Task.CompletedTask;
        }
        var paths = TranscodePaths.For(TranscodeRequest.Stored(job).Path, job.Id);
        RootedFile folder;
        try
        {
            folder = _roots.Open(Path.GetDirectoryName(paths.Source)!);
        }
        catch (Exception ex) when (ex is PathOutsideRootsException or IOException)
        {
            // The folder is gone or now leads out of the roots: no temp of ours can be reached there, and nothing outside is touched.
            return Task.CompletedTask;
        }
        using (folder)
        {
            if (folder.IsDirectory && folder.StatEntry(paths.TempEntry) is not null)
            {
                StrayProcessReaper.KillWritersOf(paths.Temp);
                paths.DeleteTemp(folder);
            }
            if (folder.IsDirectory && (deleted || SegmentsDone(job)))
            {
                TranscodeWork.RemoveSegments(folder, paths.Source, job.Id);
            }
            else if (folder.IsDirectory && IsCancel(job))
            {
                // Kept for a retry: only whole segments are worth keeping.
                SegmentFolder.RemovePartials(folder, SegmentPaths.FolderEntry(Path.GetFileName(paths.Source), job.Id));
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Committed segments outlive a stop, a crash or a host shutdown (the next run encodes only the rest) and a cancel
    /// for <see cref="TranscodeOptions.CancelledSegmentsKeep"/> (a retry of the same job encodes only the rest); they go
    /// once the job is over: succeeded, failed, skipped, at its replace (the verified temp no longer needs them), when
    /// a cancel's keep is over, or when the job is deleted.
    /// </summary>
    private bool SegmentsDone(Job job)
    {
        if (job.Steps.Any(s => s.Name == ReplaceStep.StepName && s.Status != StepStatus.Pending))
        {
            return true;
        }
        if (IsCancel(job))
        {
            // A run being cancelled has no end time yet: its keep starts now.
            var since = job.EndedUtc is { } ended ? _time.GetUtcNow() - ended : TimeSpan.Zero;
            return since >= _options().CancelledSegmentsKeep;
        }
        return job.Status.IsFinal();
    }

    /// <summary>Cancelled, or a run being cancelled (the runner's clean-up comes before the status is stored).</summary>
    private static bool IsCancel(Job job) => job.Status == JobStatus.Cancelled || (job.CancelRequested && !job.Status.IsFinal());
}
