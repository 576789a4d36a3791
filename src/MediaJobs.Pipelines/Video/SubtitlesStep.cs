using System.Text;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Video;

/// <summary>Step <c>subtitles</c>: SRT and WebVTT captions timed from the narration. Publishes <c>subtitles.srt</c> and <c>subtitles.vtt</c>.</summary>
public sealed class SubtitlesStep : IJobStep
{
    public const string StepName = "subtitles";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timings = await VideoArtifacts.ReadJsonAsync<NarrationTimings>(context, VideoArtifacts.Timings, ct);
        var cues = SubtitleCueBuilder.Build(timings.Sentences);
        context.ReportProgress(40);
        await PublishTextAsync(context, VideoArtifacts.Srt, SubtitleFormat.ToSrt(cues), "application/x-subrip", ct);
        await PublishTextAsync(context, VideoArtifacts.Vtt, SubtitleFormat.ToVtt(cues), "text/vtt", ct);
        await context.LogAsync(EventLevel.Success, $"Subtitles ready: {cues.Count} cues", ct);
        context.ReportProgress(100);
    }

    private static async Task PublishTextAsync(StepContext context, string name, string text, string mediaType, CancellationToken ct)
    {
        var temp = Path.Combine(context.WorkDirectory, name);
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), ct);
        // Listed as job outputs by mux, after the video, so the video is the job's primary output.
        await context.PublishArtifactAsync(temp, name, mediaType, ArtifactUse.Output, ct);
    }
}
