using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Step <c>narration</c>: one speech call per sentence (so caption timing is exact, sentences in parallel), each
/// sentence's real length measured (WAV header, else ffprobe) and its words timed from its audio, then one ffmpeg pass
/// joins them with their pauses.
/// Publishes <c>narration.wav</c> and <c>timings.json</c>; a re-run finds both and does nothing. Resumable: each
/// finished sentence is kept (<see cref="SentenceAudioCache"/>) and a later attempt reuses it instead of paying for it
/// again; a sentence whose voice fails transiently is retried by itself (<see cref="SpeechRetryPolicy"/>).
/// </summary>
public sealed partial class NarrationStep(
    ISpeechSynthesizer speech, FfmpegRunner ffmpeg, FfprobeClient ffprobe, SpeechRetryPolicy? retry = null, Words.EspeakWordLengths? wordLengths = null) : IJobStep<VideoRequest>
{
    public const string StepName = "narration";

    private readonly SpeechRetryPolicy _retry = retry ?? SpeechRetryPolicy.Default;

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kept = SentenceAudioCache.Of(context);
        if (VideoArtifacts.TryPath(context, VideoArtifacts.Narration) is not null
            && await VideoArtifacts.TryReadJsonAsync<NarrationTimings>(context, VideoArtifacts.Timings, ct) is { Sentences.Count: > 0 })
        {
            // A crash between publishing and clean-up leaves the sentences behind.
            kept.Remove();
            await context.LogAsync(EventLevel.Info, "Narration already recorded; reusing it", ct);
            context.ReportProgress(100);
            return;
        }
        var script = await VideoArtifacts.ReadJsonAsync<VideoScript>(context, VideoArtifacts.Script, ct);
        var choice = speech.Choose(request);
        foreach (var warning in choice.Warnings)
        {
            await context.WarnAsync(warning, ct);
        }
        var voice = choice.Synthesizer;
        if (voice.VoiceWarning(request.Language, request.VoiceName) is { } voiceWarning)
        {
            await context.WarnAsync(new JobError("VoiceSubstituted", voiceWarning, "Configure a cloud speech provider to use this voice."), ct);
        }

        var sentences = script.Sentences.ToList();
        var requests = sentences
            .Select(s => new SpeechRequest(s.Sentence, request.Language, request.VoiceName, NarrationPlan.SpeedFactor(request), request.Pitch) { Pause = request.Pause })
            .ToList();
        var wavs = requests.Select((r, i) => kept.PathOf(i, SentenceAudioKey.Of(voice.Identity, r))).ToList();
        kept.RemoveAllBut(wavs);
        var lengths = wavs.Select(SentenceAudioCache.TryLength).ToArray();
        var missing = Enumerable.Range(0, wavs.Count).Where(i => lengths[i] is null).ToList();
        if (missing.Count < wavs.Count)
        {
            await context.LogAsync(EventLevel.Info, $"Narration: reused {wavs.Count - missing.Count} of {wavs.Count} sentences from an earlier attempt", ct);
        }
        await context.LogAsync(EventLevel.Info, $"Generating narration with {voice.Name}...", ct);
        await SpeakAsync(context, voice, requests, missing, wavs, lengths, ct);

        var words = await TimeWordsAsync(context, sentences, requests, wavs, ct);
        var timings = NarrationPlan.Layout(request, script, [.. lengths.Select(l => l!.Value)], words);
        var output = Path.Combine(context.WorkDirectory, VideoArtifacts.Narration);
        var result = await ffmpeg.RunAsync(NarrationArgs.Build(wavs, [.. timings.Sentences.Select(s => s.PauseAfterSec)], output), new FfmpegRunOptions
        {
            ExpectedDuration = TimeSpan.FromSeconds(timings.DurationSec),
            LogPath = context.NewToolLogPath("ffmpeg"),
            OnProgress = p => context.ReportProgress(85 + (0.14 * (p.Percent ?? 0))),
        }, ct);
        // Timings are laid out from the measured sentence lengths; the joined file must agree.
        var total = await MeasureAsync(context, output, ct);
        timings = timings with { DurationSec = Math.Round(total, 3), LoudnessLufs = LoudnessParser.TryParseIntegrated(result.StderrTail) };
        await context.PublishArtifactAsync(output, VideoArtifacts.Narration, "audio/wav", ArtifactUse.Intermediate, ct);
        await VideoArtifacts.PublishJsonAsync(context, VideoArtifacts.Timings, timings, ArtifactUse.Intermediate, ct);
        kept.Remove();
        await context.LogAsync(EventLevel.Success, $"Narration ready: {timings.DurationSec:0.0} s, {sentences.Count} sentences", ct);
        context.ReportProgress(100);
    }

    /// <summary>From the WAV header when it has one (no process to start), otherwise with ffprobe.</summary>
    private async Task<double> MeasureAsync(StepContext context, string path, CancellationToken ct)
    {
        if (WavDuration.TryRead(path) is > 0 and var fromHeader)
        {
            return fromHeader;
        }
        var probe = await ffprobe.ProbeAsync(path, ct, context.NewToolLogPath("ffprobe"));
        return probe.Duration?.TotalSeconds is > 0 and var seconds
            ? seconds
            : throw new MediaJobsException(new JobError("SpeechFailed", $"'{Path.GetFileName(path)}' has no measurable duration.", "Check the speech and ffprobe logs in the job's logs folder."));
    }
}
