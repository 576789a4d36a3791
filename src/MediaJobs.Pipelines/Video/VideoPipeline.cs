using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Job type <c>video</c> (seed 000): text or a brief → script → narration → b-roll → subtitles → one-pass
/// mux to MP4. Presets <c>default</c> (driven by inputs or the legacy body), <c>sample-hello-youtube</c>
/// (fixed script, keyless, offline, 1920×1080) and <c>sample-shorts</c> (the same at 9:16, 1080×1920). Providers default to the offline ones; cloud ones plug in through
/// <see cref="IScriptWriter"/>, <see cref="ISpeechSynthesizer"/> and <see cref="IBrollSource"/>.
/// </summary>
public sealed class VideoPipeline : IJobPipeline<VideoRequest>
{
    public const string TypeName = "video";
    public const string DefaultPreset = "default";
    public const string SamplePreset = "sample-hello-youtube";
    public const string ShortsPreset = "sample-shorts";

    private readonly ToolLocator _tools;
    private readonly FfmpegRunner _ffmpeg;
    private readonly FfprobeClient _ffprobe;
    private readonly ProcessRunner _runner;

    public VideoPipeline(ToolLocator tools, FfmpegRunner ffmpeg, FfprobeClient ffprobe, ProcessRunner runner, DataLayout layout)
        : this(tools, ffmpeg, ffprobe, runner, AssetsDirectoryOf(layout))
    {
    }

    /// <param name="assetsDirectory">Where the generated clip library lives (normally <c>&lt;data&gt;/assets/video</c>).</param>
    public VideoPipeline(ToolLocator tools, FfmpegRunner ffmpeg, FfprobeClient ffprobe, ProcessRunner runner, string assetsDirectory,
        IScriptWriter? writer = null, ISpeechSynthesizer? speech = null, IBrollSource? broll = null)
    {
        _tools = tools;
        _ffmpeg = ffmpeg;
        _ffprobe = ffprobe;
        _runner = runner;
        Writer = writer ?? new TemplateScriptWriter();
        Speech = speech ?? new EspeakSynthesizer(tools, runner);
        Broll = broll ?? new GeneratedBrollSource(assetsDirectory, ffmpeg);
    }

    public string Type => TypeName;

    /// <summary>Muxes and checks with ffmpeg/ffprobe (speech may come from a cloud voice, so espeak-ng is not required).</summary>
    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Ffmpeg, MediaTool.Ffprobe);

    public IReadOnlyList<string> Presets { get; } = [DefaultPreset, SamplePreset, ShortsPreset];

    /// <summary>Rendering and muxing are CPU-heavy: one at a time.</summary>
    public int? DefaultConcurrency => 1;

    public void ShapeOutputSummary(Job job, JsonObject summary) => VideoOutputSummary.AddVideoPath(summary);

    /// <summary>Seed 000's stage words: the preflight check belongs to <c>Script</c>, so a new video job answers <c>Script</c>.</summary>
    private static readonly Dictionary<string, string> Stages = new(StringComparer.Ordinal)
    {
        [PreflightStep.StepName] = "Script",
        [ScriptStep.StepName] = "Script",
        [NarrationStep.StepName] = "Voice",
        [BrollStep.StepName] = "Visuals",
        [SubtitlesStep.StepName] = "Captions",
        [MuxStep.StepName] = "Render",
    };

    public string StageOf(string stepName) => Stages.GetValueOrDefault(stepName, stepName);

    public IScriptWriter Writer { get; }
    public ISpeechSynthesizer Speech { get; }
    public IBrollSource Broll { get; }

    /// <summary>The data folder whose uploads a job may name as its <c>musicFile</c> (none: such a job is refused).</summary>
    public DataLayout? Uploads { get; init; }

    /// <summary>How a sentence whose voice failed transiently is retried inside the narration step.</summary>
    public SpeechRetryPolicy SpeechRetry { get; init; } = SpeechRetryPolicy.Default;

    public static IReadOnlyList<string> StepNames { get; } =
        [PreflightStep.StepName, ScriptStep.StepName, NarrationStep.StepName, BrollStep.StepName, SubtitlesStep.StepName, MuxStep.StepName];

    /// <summary><c>&lt;data&gt;/assets/video</c>.</summary>
    public static string AssetsDirectoryOf(DataLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.AssetsDirectory, "video");
    }

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = VideoRequestParser.Parse(submission.Preset, submission.Input, submission.Options);
        if (request is { IsSample: false, Text: null } && Writer.CannotWrite(request) is { } reason)
        {
            throw JobValidationException.InInput(submission.Input.ContainsKey("brief") ? "brief.language" : "language", _ => reason);
        }
        if (request.MusicFile is { } music)
        {
            CheckMusicFile(music, submission.Owner);
        }
        return StepNames;
    }

    /// <summary>A music bed must be one of the submitting key's uploads (another key's is reported missing, revealing nothing).</summary>
    private void CheckMusicFile(string path, string? owner)
    {
        var full = Path.IsPathFullyQualified(path) && !path.Contains('\0', StringComparison.Ordinal) ? Path.GetFullPath(path) : null;
        if (Uploads is null || full is null || !UploadPaths.IsOwnedBy(Uploads, full, owner) || !File.Exists(full))
        {
            throw JobValidationException.InInput("musicFile", _ => $"The music file '{path}' does not exist: upload it first (POST /api/uploads) and give its path.");
        }
    }

    /// <summary>The request <see cref="Prepare"/> accepted, read from the stored job (pure: no file-system checks).</summary>
    public VideoRequest ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return VideoRequestParser.Parse(job.Preset, job.Input, job.Options);
    }

    public IJobStep GetStep(string name) => name switch
    {
        PreflightStep.StepName => new PreflightStep(_tools, [MediaTool.Ffmpeg, MediaTool.Ffprobe, MediaTool.EspeakNg]),
        ScriptStep.StepName => new ScriptStep(Writer),
        NarrationStep.StepName => new NarrationStep(Speech, _ffmpeg, _ffprobe, SpeechRetry, new Words.EspeakWordLengths(_tools, _runner)),
        BrollStep.StepName => new BrollStep(Broll),
        SubtitlesStep.StepName => new SubtitlesStep(),
        MuxStep.StepName => new MuxStep(_ffmpeg, _ffprobe),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the video pipeline."),
    };
}
