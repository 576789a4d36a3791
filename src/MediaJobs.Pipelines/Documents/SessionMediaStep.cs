using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Cloud;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Step <c>media</c>: each session media file is probed with ffprobe; URLs are listed without being fetched (a warning).
/// Transcription needs a speech-to-text key (<c>MediaJobs:Documents:SpeechToText</c> or <c>SPEECH_TO_TEXT_API_KEY</c>):
/// without one the job goes on with a <c>MissingApiKey:SPEECH_TO_TEXT_API_KEY</c> warning. Nothing to do on a cached run.
/// </summary>
internal sealed class SessionMediaStep(DocumentJobDependencies dependencies, TranscriptionClient transcription) : IJobStep<SessionRequest>
{
    public const string StepName = "media";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, SessionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context))
        {
            return;
        }
        var canTranscribe = transcription.IsConfigured;
        if (request.Media.Any(m => !SessionRequest.IsUrl(m)) && !canTranscribe)
        {
            await context.WarnAsync(CloudErrors.MissingKey(TranscriptionClient.KeyVariable, "MediaJobs:Documents:SpeechToText:ApiKey",
                "Transcribing the session's media", "leave it: the media are probed and listed without a transcript"), ct);
        }
        var items = new List<SessionMedia>();
        foreach (var (source, index) in request.Media.Select((m, i) => (m, i)))
        {
            if (SessionRequest.IsUrl(source))
            {
                await context.WarnAsync(new JobError("MediaNotFetched", $"The media URL '{source}' is listed but not fetched or probed.",
                    "Download it into a media root and name the file instead."), ct);
                items.Add(new SessionMedia(source, false, null, null, null, null, null, null, null));
                continue;
            }
            using var file = dependencies.FileResolver.Open(source);
            var probe = await dependencies.Ffprobe.ProbeAsync(file.ToolPath, ct, context.NewToolLogPath("ffprobe"));
            var transcript = canTranscribe ? await transcription.TranscribeAsync(file.ToolPath, request.Language, ct, fileName: source) : null;
            items.Add(new SessionMedia(
                Path.GetFileName(source), true, probe.Format.FormatName, probe.Duration?.TotalSeconds,
                probe.PrimaryVideo?.CodecName, probe.PrimaryVideo?.Width, probe.PrimaryVideo?.Height, probe.PrimaryAudio?.CodecName, transcript));
            context.ReportProgress(100.0 * (index + 1) / request.Media.Count);
        }
        await DocumentArtifacts.PublishJsonAsync(context, DocumentArtifacts.Media, items, ArtifactUse.Intermediate, ct);
        await context.LogAsync(EventLevel.Info, $"Media: {items.Count(i => i.Probed)} probed, {items.Count(i => !i.Probed)} listed", ct);
        context.ReportProgress(100);
    }

    /// <summary>A Markdown bullet list of the media (pure).</summary>
    public static string Describe(IEnumerable<SessionMedia> media) => string.Join('\n', media.Select(m => m.Probed
        ? string.Create(CultureInfo.InvariantCulture, $"- {m.Source}: {TimeSpan.FromSeconds(Math.Round(m.DurationSec ?? 0)):c}{(m.VideoCodec is null ? "" : $", {m.VideoCodec} {m.Width}x{m.Height}")}{(m.AudioCodec is null ? "" : $", {m.AudioCodec} audio")}")
        : $"- {m.Source} (not fetched)"));
}
