using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Captions;

namespace MediaJobs.Pipelines.Tests.Video.Captions;

[Trait("Tier", "Fast")]
public sealed class CaptionTests
{
    private static readonly SentenceTiming Sentence = new(0, 0, "Hello, and welcome to this sample video.", 0, 2.6, 0.35)
    {
        Words =
        [
            new("Hello,", 0.0, 0.4), new("and", 0.8, 0.9), new("welcome", 0.9, 1.4), new("to", 1.4, 1.5),
            new("this", 1.5, 1.8), new("sample", 1.8, 2.2), new("video.", 2.2, 2.6),
        ],
    };

    [Fact]
    public void Cues_AtShortsSize_HoldOneToThreeWordsAndBreakAfterAComma()
    {
        var cues = BurnedCueBuilder.Build([Sentence], CaptionLayout.For(new CaptionStyle(), 1080, 1920));

        Assert.Equal(["Hello,", "and welcome to", "this sample video."], cues.Select(c => string.Join(' ', c.Words.Select(w => w.Text))));
        Assert.All(cues, c => Assert.InRange(c.Words.Count, 1, 3));
        Assert.Equal((0.0, 0.4), (cues[0].StartSec, cues[0].EndSec));
        // A breath under 0.3 s keeps the cue up until the next one.
        Assert.Equal(1.5, cues[1].EndSec);
    }

    [Fact]
    public void Cues_At16x9_HoldALineOrTwo()
    {
        var cues = BurnedCueBuilder.Build([Sentence], CaptionLayout.For(new CaptionStyle(), 1920, 1080));

        Assert.Equal(["Hello,", "and welcome to this sample video."], cues.Select(c => string.Join(' ', c.Words.Select(w => w.Text))));
    }

    [Fact]
    public void Ass_HighlightsEachWordFromItsOnset_InOneEventPerWord()
    {
        var style = new CaptionStyle { Color = "#FFFFFF", HighlightColor = "#FF0000" };
        var layout = CaptionLayout.For(style, 1080, 1920);

        var ass = AssCaptions.Build(style, layout, BurnedCueBuilder.Build([Sentence], layout), "My Title", 4.5, 2.6, "en-US");

        Assert.Contains("PlayResX: 1080\nPlayResY: 1920", ass, StringComparison.Ordinal);
        Assert.Contains(@"Dialogue: 0,0:00:00.80,0:00:00.90,Caption,,0,0,0,,{\c&H0000FF&}and{\c&HFFFFFF&} welcome to", ass, StringComparison.Ordinal);
        Assert.Contains(@"Dialogue: 0,0:00:00.90,0:00:01.40,Caption,,0,0,0,,and {\c&H0000FF&}welcome{\c&HFFFFFF&} to", ass, StringComparison.Ordinal);
        Assert.Contains(@"Dialogue: 1,0:00:00.00,0:00:01.50,Title,,0,0,0,,{\fad(250,400)}My Title", ass, StringComparison.Ordinal);
        Assert.Contains(@"Dialogue: 1,0:00:02.75,0:00:04.50,Title,,0,0,0,,{\fad(300,0)}My Title", ass, StringComparison.Ordinal);
        Assert.Equal(7, ass.Split('\n').Count(l => l.Contains(",Caption,", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(CaptionPosition.Bottom, CaptionAlign.Center, 1080, 1920, 2, 422)]
    [InlineData(CaptionPosition.Top, CaptionAlign.Center, 1080, 1920, 8, 268)]
    [InlineData(CaptionPosition.Center, CaptionAlign.Left, 1080, 1920, 4, 0)]
    [InlineData(CaptionPosition.Bottom, CaptionAlign.Right, 1920, 1080, 3, 86)]
    [InlineData(CaptionPosition.Bottom, CaptionAlign.Center, 1080, 1080, 2, 129)]
    public void Placement_KeepsToTheAspectsSafeMargins(CaptionPosition position, CaptionAlign align, int width, int height, int alignment, int marginV)
    {
        var style = new CaptionStyle { Position = position, Align = align };

        Assert.Equal((alignment, marginV), AssCaptions.Placement(style, CaptionLayout.For(style, width, height)));
    }

    [Fact]
    public void Ass_UpperCaseAndEscapedText_NeverOpensAnOverrideBlock()
    {
        var style = new CaptionStyle { Case = CaptionCase.Upper, WordsPerCue = 5 };
        var sentence = new SentenceTiming(0, 0, "a {b} c\\d", 0, 1, 0) { Words = [new("a", 0, 0.3), new("{b}", 0.3, 0.6), new("c\\d", 0.6, 1)] };
        var layout = CaptionLayout.For(style, 320, 180);

        var ass = AssCaptions.Build(style, layout, BurnedCueBuilder.Build([sentence], layout), null, 1, 1, "en-US");

        Assert.Contains(@"A (B) {\c&H0AD6FF&}C/D{\c&HFFFFFF&}", ass, StringComparison.Ordinal);
        Assert.DoesNotContain(",Title,", ass, StringComparison.Ordinal);
    }

    [Fact]
    public void Style_ReadsEveryFieldAndNamesTheBadOne()
    {
        var style = CaptionStyleReader.Read(JsonNode.Parse("""{"position":"top","align":"left","font":"roboto","size":90,"color":"yellow","highlightColor":"#00ff00","stroke":8,"wordsPerCue":2,"case":"upper"}""")!.AsObject(), "captions.");

        Assert.Equal((CaptionPosition.Top, CaptionAlign.Left, "Roboto", 90.0, "#FFFF00", "#00FF00", 8.0, 2, CaptionCase.Upper),
            (style.Position, style.Align, style.Font, style.Size, style.Color, style.HighlightColor, style.Stroke, style.WordsPerCue, style.Case));
        Assert.Equal("captions.color", Assert.Throws<JobValidationException>(() => CaptionStyleReader.Read(new JsonObject { ["color"] = "sky" }, "captions.")).Field);
        Assert.Equal("captions.font", Assert.Throws<JobValidationException>(() => CaptionStyleReader.Read(new JsonObject { ["font"] = "Comic Sans" }, "captions.")).Field);
        Assert.Equal("captions.shadow", Assert.Throws<JobValidationException>(() => CaptionStyleReader.Read(new JsonObject { ["shadow"] = 2 }, "captions.")).Field);
    }

    [Fact]
    public void Vtt_CarriesEachWordsOnsetAsATimestampTag()
    {
        var cues = SubtitleCueBuilder.Build([Sentence]);

        var vtt = SubtitleFormat.ToVtt(cues);

        Assert.Contains("00:00:00.000 --> 00:00:02.600\nHello, <00:00:00.800>and <00:00:00.900>welcome <00:00:01.400>to <00:00:01.500>this <00:00:01.800>sample <00:00:02.200>video.", vtt, StringComparison.Ordinal);
        Assert.DoesNotContain("<", SubtitleFormat.ToSrt(cues), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#fff", "#FFFFFF")]
    [InlineData("#FFF", "#FFFFFF")]
    [InlineData("#ffffff", "#FFFFFF")]
    [InlineData("#f4a261", "#F4A261")]
    [InlineData("white", "#FFFFFF")]
    [InlineData("Yellow", "#FFFF00")]
    [InlineData("rebeccapurple", "#663399")]
    [InlineData("rgb(255, 204, 0)", "#FFCC00")]
    [InlineData("rgb(3 7 30)", "#03071E")]
    public void CaptionColors_AnyCssForm_IsTheCaptionColour(string css, string rgb) =>
        Assert.Equal(rgb, CaptionColors.TryNormalize(css));

    [Theory]
    [InlineData("#ff")]
    [InlineData("#ggg")]
    [InlineData("rgb(256, 0, 0)")]
    [InlineData("not-a-colour")]
    public void CaptionColors_NotAColour_IsNull(string text) => Assert.Null(CaptionColors.TryNormalize(text));
}
