using System.Text;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video.Captions;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Step <c>subtitles</c>: SRT and WebVTT captions timed from the narration (WebVTT word by word), and the ASS script the mux
/// burns in (title card, word-by-word captions, end card). Publishes <c>subtitles.srt</c>, <c>subtitles.vtt</c>, <c>captions.ass</c>.
/// </summary>
public sealed class SubtitlesStep : IJobStep<VideoRequest>
{
    public const string StepName = "subtitles";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var script = await VideoArtifacts.ReadJsonAsync<VideoScript>(context, VideoArtifacts.Script, ct);
        var timings = await VideoArtifacts.ReadJsonAsync<NarrationTimings>(context, VideoArtifacts.Timings, ct);
        var cues = SubtitleCueBuilder.Build(timings.Sentences);
        context.ReportProgress(40);
        await PublishTextAsync(context, VideoArtifacts.Srt, SubtitleFormat.ToSrt(cues), "application/x-subrip", ArtifactUse.Output, ct);
        await PublishTextAsync(context, VideoArtifacts.Vtt, SubtitleFormat.ToVtt(cues), "text/vtt", ArtifactUse.Output, ct);

        var layout = CaptionLayout.For(request.Captions, request.Width, request.Height);
        var burned = request.BurnSubtitles ? BurnedCueBuilder.Build(timings.Sentences, layout) : [];
        var ass = AssCaptions.Build(request.Captions, layout, burned, script.Title, timings.DurationSec, timings.SpeechEndSec, request.Language);
        await PublishTextAsync(context, VideoArtifacts.Ass, ass, "text/x-ssa", ArtifactUse.Intermediate, ct);
        await context.LogAsync(EventLevel.Success, $"Subtitles ready: {cues.Count} cues; {burned.Count} burned-in cues and the title cards", ct);
        context.ReportProgress(100);
    }

    private static async Task PublishTextAsync(StepContext context, string name, string text, string mediaType, ArtifactUse use, CancellationToken ct)
    {
        var temp = Path.Combine(context.WorkDirectory, name);
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), ct);
        // Listed as job outputs by mux, after the video, so the video is the job's primary output.
        await context.PublishArtifactAsync(temp, name, mediaType, use, ct);
    }
}
