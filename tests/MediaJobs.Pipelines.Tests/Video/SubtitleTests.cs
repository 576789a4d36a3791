using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class SubtitleTests
{
    [Fact]
    public void Build_ShortSentence_IsOneCueOneLineWithTheSentenceTimes()
    {
        var cue = Assert.Single(SubtitleCueBuilder.Build([new SentenceTiming(0, 0, "Hello there.", 1.25, 2.5, 0.3)]));

        Assert.Equal((1.25, 2.5), (cue.StartSec, cue.EndSec));
        Assert.Equal(["Hello there."], cue.Lines);
    }

    [Fact]
    public void Build_MediumSentence_IsTwoBalancedLinesOfAtMost42()
    {
        var text = "It was made on this machine, with no account and no network.";

        var cue = Assert.Single(SubtitleCueBuilder.Build([new SentenceTiming(0, 0, text, 0, 3, 0)]));

        Assert.Equal(2, cue.Lines.Count);
        Assert.All(cue.Lines, l => Assert.True(l.Length <= 42, l));
        Assert.Equal(text, string.Join(' ', cue.Lines));
    }

    [Fact]
    public void Build_LongSentence_IsSplitIntoCuesWithProportionalContiguousTimes()
    {
        var text = string.Join(' ', Enumerable.Repeat("many small words", 20));

        var cues = SubtitleCueBuilder.Build([new SentenceTiming(0, 0, text, 10, 30, 0)]);

        Assert.True(cues.Count >= 3, $"{cues.Count} cues");
        Assert.All(cues, c => Assert.True(c.Lines.Count <= 2 && c.Lines.All(l => l.Length <= 42)));
        Assert.Equal(10, cues[0].StartSec);
        Assert.Equal(30, cues[^1].EndSec);
        for (var i = 1; i < cues.Count; i++)
        {
            Assert.Equal(cues[i - 1].EndSec, cues[i].StartSec);
        }
        var rate = cues.Select(c => (c.EndSec - c.StartSec) / string.Join(' ', c.Lines).Length).ToList();
        Assert.True(rate.Max() - rate.Min() < 0.02, "time is shared in proportion to length");
        Assert.Equal(text, string.Join(' ', cues.SelectMany(c => c.Lines)));
    }

    [Fact]
    public void Formats_SrtAndVtt_UseTheirTimestampStyles()
    {
        IReadOnlyList<SubtitleCue> cues = [new SubtitleCue(0, 1.5, ["One"]), new SubtitleCue(3661.002, 3662, ["Two", "lines -->"])];

        Assert.Equal("1\n00:00:00,000 --> 00:00:01,500\nOne\n\n2\n01:01:01,002 --> 01:01:02,000\nTwo\nlines -->\n\n", SubtitleFormat.ToSrt(cues));
        Assert.Equal("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nOne\n\n01:01:01.002 --> 01:01:02.000\nTwo\nlines ->\n\n", SubtitleFormat.ToVtt(cues));
    }
}
