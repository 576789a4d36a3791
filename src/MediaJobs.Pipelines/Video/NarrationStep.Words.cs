using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video.Words;

namespace MediaJobs.Pipelines.Video;

/// <summary>Word timing from the spoken sentences themselves (see <see cref="SentenceWords"/>).</summary>
public sealed partial class NarrationStep
{
    /// <summary>Each sentence's words, timed relative to the start of its audio; sentences side by side.</summary>
    private async Task<IReadOnlyList<WordTiming>[]> TimeWordsAsync(
        StepContext context, IReadOnlyList<ScriptSentence> sentences, IReadOnlyList<SpeechRequest> requests, IReadOnlyList<string> wavs, CancellationToken ct)
    {
        var work = Directory.CreateDirectory(Path.Combine(context.WorkDirectory, "words")).FullName;
        var words = new IReadOnlyList<WordTiming>[sentences.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, sentences.Count), options, async (i, token) =>
            words[i] = await SentenceWords.TimeAsync(wordLengths, sentences[i].Sentence, wavs[i], requests[i], Path.Combine(work, $"w{i:D4}.wav"), token));
        return words;
    }
}
