using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Video;

/// <summary>The offline voice: espeak-ng, one call per sentence, text on stdin, ~22 kHz mono WAV out.</summary>
internal sealed class EspeakSynthesizer(ToolLocator tools, ProcessRunner runner) : ISpeechSynthesizer
{
    public string Name => "espeak-ng";

    /// <summary>The voice comes from the request's language and voice name, which the reuse key already holds.</summary>
    public string Identity => "espeak-ng";

    public string? VoiceWarning(string language, string? voiceName) => EspeakVoices.Resolve(language, voiceName).Warning;

    public async Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (voice, _) = EspeakVoices.Resolve(request.Language, request.VoiceName);
        var spec = new ProcessSpec(tools.Find(MediaTool.EspeakNg), EspeakArgs.Build(voice, request.Speed, request.Pitch, outputPath))
        {
            ToolName = "espeak-ng",
            StandardInput = request.Text,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(1),
            LogPath = logPath,
        };
        try
        {
            await runner.RunAsync(spec, ct);
        }
        catch (ToolExecutionException ex)
        {
            throw new MediaJobsException(new JobError(
                "SpeechFailed:espeak-ng",
                $"espeak-ng could not speak with voice '{voice}': {string.Join(" ", ex.StderrTail.TakeLast(2))}",
                "Choose a voice or language that `espeak-ng --voices` lists (e.g. en-us, de, fr-fr)."), ex);
        }
        if (!File.Exists(outputPath) || new FileInfo(outputPath).Length <= 44)
        {
            throw new MediaJobsException(new JobError("SpeechFailed:espeak-ng", $"espeak-ng wrote no audio for voice '{voice}'.", "Check the espeak-ng log in the job's logs folder."));
        }
    }
}
