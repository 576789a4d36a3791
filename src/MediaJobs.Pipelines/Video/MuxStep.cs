using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Step <c>mux</c>: ONE ffmpeg pass composes shots, voice, ducked music, the title and end cards and the burned captions into the MP4 in the
/// work folder; only a finished file is published (a cancel kills ffmpeg and the work folder goes).
/// Then the thumbnail, and the script and captions are listed after the video, which stays the primary output.
/// </summary>
public sealed class MuxStep(FfmpegRunner ffmpeg, FfprobeClient ffprobe) : IJobStep<VideoRequest>
{
    public const string StepName = "mux";
    private const string WorkSubtitles = "captions.srt";
    private const string WorkBurn = "burn.ass";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var script = await VideoArtifacts.ReadJsonAsync<VideoScript>(context, VideoArtifacts.Script, ct);
        var plan = await VideoArtifacts.ReadJsonAsync<BrollPlan>(context, VideoArtifacts.BrollPlan, ct);
        var timings = await VideoArtifacts.ReadJsonAsync<NarrationTimings>(context, VideoArtifacts.Timings, ct);
        var narration = VideoArtifacts.RequirePath(context, VideoArtifacts.Narration);
        // Copied next to ffmpeg's working folder: a plain relative name needs no filtergraph escaping.
        File.Copy(VideoArtifacts.RequirePath(context, VideoArtifacts.Srt), Path.Combine(context.WorkDirectory, WorkSubtitles), overwrite: true);
        File.Copy(VideoArtifacts.RequirePath(context, VideoArtifacts.Ass), Path.Combine(context.WorkDirectory, WorkBurn), overwrite: true);

        var output = Path.Combine(context.WorkDirectory, VideoArtifacts.Video);
        var duration = TimeSpan.FromSeconds(plan.DurationSec);
        await context.LogAsync(EventLevel.Info, "Rendering video...", ct);
        await ffmpeg.RunAsync(MuxArgs.Build(new MuxInputs(request, plan, narration, WorkSubtitles, script.Title, output, timings.LoudnessLufs) { BurnFile = WorkBurn }), new FfmpegRunOptions
        {
            ExpectedDuration = duration,
            WorkingDirectory = context.WorkDirectory,
            LogPath = context.NewToolLogPath("ffmpeg"),
            OnProgress = p => context.ReportProgress((p.Percent ?? 0) * 0.95),
        }, ct);

        var probe = await ffprobe.ProbeAsync(output, ct, context.NewToolLogPath("ffprobe"));
        var thumbnail = Path.Combine(context.WorkDirectory, VideoArtifacts.Thumbnail);
        await ffmpeg.RunAsync(MuxArgs.Thumbnail(output, MuxArgs.ThumbnailTime(plan.DurationSec, timings.SpeechEndSec), thumbnail), new FfmpegRunOptions { LogPath = context.NewToolLogPath("ffmpeg") }, ct);

        await context.PublishArtifactAsync(output, VideoArtifacts.Video, "video/mp4", ArtifactUse.PrimaryOutput, ct);
        await context.PublishArtifactAsync(thumbnail, VideoArtifacts.Thumbnail, "image/jpeg", ArtifactUse.Output, ct);
        context.SetResult("video", new JsonObject
        {
            ["durationSec"] = Math.Round(probe.Duration?.TotalSeconds ?? 0, 3),
            ["width"] = probe.PrimaryVideo?.Width,
            ["height"] = probe.PrimaryVideo?.Height,
            ["fps"] = probe.PrimaryVideo?.FrameRate,
            ["videoCodec"] = probe.PrimaryVideo?.CodecName,
            ["audioCodec"] = probe.PrimaryAudio?.CodecName,
            ["scenes"] = script.Scenes.Count,
            ["sentences"] = script.SentenceCount,
        });
        await context.LogAsync(EventLevel.Success, $"Video ready: {probe.PrimaryVideo?.Width}x{probe.PrimaryVideo?.Height}, {probe.Duration?.TotalSeconds:0.0} s", ct);
        context.ReportProgress(100);
    }
}
