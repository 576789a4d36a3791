using MediaJobs.Pipelines.Video.Words;

namespace MediaJobs.Pipelines.Tests.Video.Words;

[Trait("Tier", "Fast")]
public sealed class WordAlignerTests
{
    [Fact]
    public void Align_PauseAfterAComma_StartsTheNextWordWhereTheVoiceResumes()
    {
        var timed = WordAligner.Align(["One,", "two", "three."], [1, 1, 1], [(0.1, 0.5), (0.8, 1.6)], 1.8);

        Assert.Equal([0.1, 0.8, 1.2], timed.Select(w => w.StartSec));
        Assert.Equal([0.5, 1.2, 1.6], timed.Select(w => w.EndSec));
    }

    [Fact]
    public void Align_NoPauses_SpreadsWordsByTheirLengthsOverTheSound()
    {
        var timed = WordAligner.Align(["a", "bb", "c"], [1, 2, 1], [(0.2, 1.0)], 1.2);

        Assert.Equal([0.2, 0.4, 0.8], timed.Select(w => w.StartSec));
    }

    [Fact]
    public void Align_AShortGapFarFromAnyBoundary_IsLeftUnmatched()
    {
        // The gap at 0.32–0.4 sits inside the first (long) word: matching it would cost more than leaving it.
        var timed = WordAligner.Align(["Extraordinary", "cat"], [6, 1], [(0, 0.32), (0.4, 1.4)], 1.5);

        Assert.InRange(timed[1].StartSec, 1.1, 1.3);
    }

    [Theory]
    [InlineData("Hello, — world & more", new[] { "Hello, —", "world &", "more" })]
    [InlineData("  two   words ", new[] { "two", "words" })]
    public void Split_JoinsUnspokenTokensToTheWordBefore(string sentence, string[] words) =>
        Assert.Equal(words, SpokenWords.Split(sentence));

    [Theory]
    [InlineData("word,", true)]
    [InlineData("end.\"", true)]
    [InlineData("plain", false)]
    public void EndsClause_SeesTrailingPunctuation(string word, bool ends) => Assert.Equal(ends, SpokenWords.EndsClause(word));
}
