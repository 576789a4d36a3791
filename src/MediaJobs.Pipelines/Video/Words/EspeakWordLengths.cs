using System.Security;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Video.Words;

/// <summary>
/// How long each word of a sentence takes relative to the others, measured offline: espeak-ng speaks the words once,
/// with a long SSML break between them (one process per sentence), and the sounding spans between the breaks are the
/// words' lengths. The ratios hold well enough for any voice, a cloud voice included; <see cref="WordAligner"/> fits them
/// to the real audio. Null when the spans cannot be matched to the words one to one.
/// </summary>
public sealed class EspeakWordLengths(ToolLocator tools, ProcessRunner runner)
{
    /// <summary>Longer than any pause inside a word, shorter than the break between words.</summary>
    public const double SplitGapSec = 0.25;

    public async Task<double[]?> MeasureAsync(IReadOnlyList<string> words, string language, string? voiceName, double speed, string outputWav, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return [];
        }
        var (voice, _) = EspeakVoices.Resolve(language, voiceName);
        var args = EspeakArgs.Build(voice, speed, 1.0, outputWav).Prepend("-m").ToList();
        var ssml = "<speak>" + string.Join("<break time=\"500ms\"/>", words.Select(SecurityElement.Escape)) + "</speak>";
        var spec = new ProcessSpec(tools.Find(MediaTool.EspeakNg), args)
        {
            ToolName = "espeak-ng",
            StandardInput = ssml,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(1),
        };
        try
        {
            await runner.RunAsync(spec, ct);
        }
        catch (ToolExecutionException)
        {
            return null;
        }
        if (!File.Exists(outputWav) || PcmAudio.TryRead(outputWav) is not { } audio)
        {
            return null;
        }
        var spans = SpeechActivity.Spans(audio, SplitGapSec);
        return spans.Count == words.Count ? [.. spans.Select(s => s.End - s.Start)] : null;
    }

    /// <summary>Without a measurement: letters plus one, a rough stand-in for syllables.</summary>
    public static double[] LetterWeights(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return [.. words.Select(w => 1.0 + w.Count(char.IsLetterOrDigit))];
    }
}
