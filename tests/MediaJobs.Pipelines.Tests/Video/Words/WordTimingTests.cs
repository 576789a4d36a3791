using System.Globalization;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Words;
using Xunit.Abstractions;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Words;

/// <summary>
/// Word timing against known onsets: a narration assembled from words spoken one by one (by another voice and speed than
/// the one that measures the word lengths, as a cloud voice would be), trimmed to their sound and joined with measured
/// pauses — none, short ones a timer cannot see, and clause pauses. The highlighted word must start within 150 ms of its
/// real onset for at least 90 % of the words.
/// </summary>
[Trait("Tier", "Media")]
public sealed class WordTimingTests(ITestOutputHelper output) : IDisposable
{
    private const string Sentence = "Subtitles follow every word you hear, timed from the voice itself, and each one lands where it is spoken today.";
    private static readonly double[] Pauses = [0, 0.04, 0, 0.15, 0, 0.3, 0, 0.02, 0.12, 0, 0.25, 0, 0.06, 0, 0.2, 0, 0.03, 0];
    private readonly string _dir = Directory.CreateTempSubdirectory("mediajobs-words-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("en-gb", 0.9, 1.2)]
    [InlineData("en-us+f3", 1.25, 1.0)]
    [InlineData("en-us", 1.0, 1.0)]
    public async Task HighlightedWords_StartWithin150MsOfTheirOnset_ForAtLeast90Percent(string narrator, double speed, double pitch)
    {
        var words = SpokenWords.Split(Sentence);
        var (wav, onsets) = await NarrationWithKnownOnsetsAsync(words, narrator, speed, pitch);

        var timed = await SentenceWords.TimeAsync(new EspeakWordLengths(Tools, Runner), Sentence, wav,
            new SpeechRequest(Sentence, "en-US", null, 1.0, 1.0), Path.Combine(_dir, "probe.wav"), CancellationToken.None);

        Assert.Equal(words, timed.Select(w => w.Text));
        var errors = timed.Select((w, i) => Math.Abs(w.StartSec - onsets[i])).ToList();
        // For the note: spreading the words by letter count over the whole sentence, without listening to it.
        var even = WordAligner.Align(words, EspeakWordLengths.LetterWeights(words), [], PcmAudio.TryRead(wav)!.DurationSec)
            .Select((w, i) => Math.Abs(w.StartSec - onsets[i])).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{narrator} x{speed}: mean {errors.Average() * 1000:F0} ms, median {errors.Order().ElementAt(errors.Count / 2) * 1000:F0} ms, max {errors.Max() * 1000:F0} ms, within 150 ms {errors.Count(e => e <= 0.15)}/{errors.Count}; letter split over the sentence: mean {even.Average() * 1000:F0} ms, within 150 ms {even.Count(e => e <= 0.15)}/{even.Count}"));
        Assert.True(errors.Count(e => e <= 0.15) >= 0.9 * errors.Count, string.Join(", ", errors.Select(e => (e * 1000).ToString("F0", CultureInfo.InvariantCulture))));
    }

    private async Task<(string Wav, double[] Onsets)> NarrationWithKnownOnsetsAsync(IReadOnlyList<string> words, string voice, double speed, double pitch)
    {
        var speech = new EspeakSynthesizer(Tools, Runner);
        var samples = new List<float>();
        var onsets = new double[words.Count];
        var rate = 0;
        samples.AddRange(new float[2205]);
        for (var i = 0; i < words.Count; i++)
        {
            var path = Path.Combine(_dir, $"word{i}.wav");
            await speech.SynthesizeAsync(new SpeechRequest(words[i], "en-US", voice, speed, pitch), path, null, CancellationToken.None);
            var audio = PcmAudio.TryRead(path)!;
            rate = audio.SampleRate;
            var spans = SpeechActivity.Spans(audio, 10);
            var (from, to) = ((int)(spans[0].Start * rate), (int)(spans[^1].End * rate));
            onsets[i] = (double)samples.Count / rate;
            samples.AddRange(audio.Samples[from..to]);
            samples.AddRange(new float[(int)(Pauses[i % Pauses.Length] * rate)]);
        }
        samples.AddRange(new float[rate / 5]);
        var wav = Path.Combine(_dir, $"narration-{voice}.wav");
        WavWriter.Write(wav, [.. samples], rate);
        return (wav, onsets);
    }
}
