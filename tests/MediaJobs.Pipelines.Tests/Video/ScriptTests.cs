using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class ScriptTests
{
    [Fact]
    public void Split_Paragraphs_BecomeScenesOfSentences()
    {
        var script = ScriptText.Split("First one. Second one!\n\nThird   one?\nStill third, Dr. Who said.", "T", "en-US", Density.Balanced);

        Assert.Equal(2, script.Scenes.Count);
        Assert.Equal(["First one.", "Second one!"], script.Scenes[0].Sentences);
        Assert.Equal(["Third one?", "Still third, Dr. Who said."], script.Scenes[1].Sentences);
        Assert.Equal("text", script.Source);
    }

    [Theory]
    [InlineData(Density.Dense, 4)]
    [InlineData(Density.Balanced, 3)]
    [InlineData(Density.Sparse, 2)]
    public void Split_OneLongParagraph_IsGroupedIntoScenesByDensity(Density density, int scenes)
    {
        var text = string.Join(' ', Enumerable.Range(1, 8).Select(i => $"Sentence number {i}."));

        var script = ScriptText.Split(text, "T", "en-US", density);

        Assert.Equal(scenes, script.Scenes.Count);
        Assert.Equal(8, script.SentenceCount);
    }

    [Fact]
    public void SplitSentences_IgnoresEmptyPieces() =>
        Assert.Equal(["Yes.", "No."], ScriptText.SplitSentences("  Yes.   No. ... "));

    [Fact]
    public void TemplateWriter_SameBrief_GivesSameScriptSizedToTarget()
    {
        var shortRequest = new VideoRequest { Preset = "default", Topic = "gardening", TargetDuration = TimeSpan.FromSeconds(15) };
        var longRequest = shortRequest with { TargetDuration = TimeSpan.FromSeconds(60) };

        var a = TemplateScriptWriter.Write(shortRequest);
        var b = TemplateScriptWriter.Write(shortRequest);
        var longer = TemplateScriptWriter.Write(longRequest);

        Assert.Equal(a.Sentences, b.Sentences);
        Assert.True(longer.SentenceCount > a.SentenceCount, $"{longer.SentenceCount} vs {a.SentenceCount}");
        Assert.Contains(a.Sentences, s => s.Sentence.Contains("gardening", StringComparison.Ordinal));
        var words = a.Sentences.Sum(s => s.Sentence.Split(' ').Length);
        Assert.InRange(words, TemplateScriptWriter.WordBudget(shortRequest) - 5, TemplateScriptWriter.WordBudget(shortRequest) + 20);
    }

    [Fact]
    public void TemplateWriter_NonEnglish_CannotWrite()
    {
        var writer = new TemplateScriptWriter();

        Assert.Null(writer.CannotWrite(new VideoRequest { Preset = "default", Language = "en-GB" }));
        Assert.NotNull(writer.CannotWrite(new VideoRequest { Preset = "default", Language = "de-DE" }));
    }

    [Fact]
    public void SampleScript_HasAboutTwentyFiveSecondsOfWords()
    {
        var words = SampleScript.Create("en-US").Sentences.Sum(s => s.Sentence.Split(' ').Length);

        Assert.InRange(words / TemplateScriptWriter.WordsPerSecondAtNormalRate, 17, 26);
    }
}
