using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class TimelineTests
{
    private static readonly VideoScript Script = new("T", "en-US", "text",
    [
        new ScriptScene(0, "a", ["One.", "Two."]),
        new ScriptScene(1, "b", ["Three."]),
    ]);

    [Fact]
    public void Layout_PlacesSentencesWithSentenceSceneAndTailPauses()
    {
        var request = new VideoRequest { Preset = "default", Text = "x", Pause = 2 };

        var timings = NarrationPlan.Layout(request, Script, [1.0, 2.0, 1.5]);

        Assert.Equal([(0.0, 1.0, 0.7), (1.7, 3.7, 1.6), (5.3, 6.8, NarrationPlan.TailSec)], timings.Sentences.Select(s => (s.StartSec, s.EndSec, s.PauseAfterSec)));
        Assert.Equal(6.8 + NarrationPlan.TailSec, timings.DurationSec, 3);
        Assert.Equal(6.8, timings.SpeechEndSec);
    }

    [Theory]
    [InlineData(Pacing.Chill, 0.9)]
    [InlineData(Pacing.Conversational, 1.0)]
    [InlineData(Pacing.Fast, 1.12)]
    public void SpeedFactor_CombinesRateAndPacing(Pacing pacing, double factor) =>
        Assert.Equal(factor * 1.5, NarrationPlan.SpeedFactor(new VideoRequest { Preset = "default", Rate = 1.5, Pacing = pacing }), 6);

    [Fact]
    public void Broll_CoversTheNarrationWithShotsOfAtMostOneClipAndFadesAtSceneChanges()
    {
        var request = new VideoRequest { Preset = "default", Text = "x", Width = 180, Height = 320, Fps = 15 };
        var timings = new NarrationTimings(14.6, [
            new SentenceTiming(0, 0, "a", 0, 3, 0.4),
            new SentenceTiming(1, 0, "b", 3.4, 7, 0.8),
            new SentenceTiming(2, 1, "c", 7.8, 14, 0.6),
        ]);
        var clips = Enumerable.Range(0, 6).Select(i => new VideoAsset($"/c{i}.mp4", [])).ToList();

        var plan = BrollPlanner.Plan(request, timings, new VideoAssetCatalog(clips, [new VideoAsset("/m.m4a", [])]));

        Assert.Equal((180, 320, 15.0, 14.6, "/m.m4a"), (plan.Width, plan.Height, plan.Fps, plan.DurationSec, plan.MusicPath));
        Assert.Equal(0, plan.Segments[0].StartSec);
        Assert.Equal(14.6, plan.Segments[^1].EndSec);
        Assert.All(plan.Segments, s => Assert.True(s.DurationSec <= AssetRecipes.ClipSeconds + 0.001));
        for (var i = 1; i < plan.Segments.Count; i++)
        {
            Assert.Equal(plan.Segments[i - 1].EndSec, plan.Segments[i].StartSec);
            Assert.NotEqual(plan.Segments[i - 1].ClipPath, plan.Segments[i].ClipPath);
            Assert.Equal("fade", plan.Segments[i].TransitionIn);
            Assert.InRange(plan.Segments[i].TransitionSec, 0.01, plan.Segments[i].Scene != plan.Segments[i - 1].Scene ? BrollPlanner.SceneFadeSec : BrollPlanner.ShotDissolveSec);
        }
        var sceneChange = plan.Segments.First(s => s.Scene == 1);
        Assert.Equal(7.4, sceneChange.StartSec);
        Assert.Null(plan.Segments[0].TransitionIn);
    }

    [Theory]
    [InlineData(true, "/uploads/k1/song.mp3", "/uploads/k1/song.mp3")]
    [InlineData(true, null, "/m.m4a")]
    [InlineData(false, "/uploads/k1/song.mp3", null)]
    public void Broll_MusicBed_IsTheGivenMusicFile_ElseTheLibrarys_AndNoneWithoutMusic(bool music, string? musicFile, string? expected)
    {
        var request = new VideoRequest { Preset = "default", Text = "x", Music = music, MusicFile = musicFile };
        var timings = new NarrationTimings(2, [new SentenceTiming(0, 0, "a", 0, 2, 0)]);

        var plan = BrollPlanner.Plan(request, timings, new VideoAssetCatalog([new VideoAsset("/c.mp4", [])], [new VideoAsset("/m.m4a", [])]));

        Assert.Equal(expected, plan.MusicPath);
    }

    [Fact]
    public void Broll_StyleTaggedClipsComeFirst()
    {
        IReadOnlyList<VideoAsset> assets = [new("/a", ["calm"]), new("/b", ["technical"]), new("/c", ["technical", "modern"])];

        Assert.Equal(["/b", "/c", "/a"], GeneratedBrollSource.PreferStyle(assets, "Technical").Select(a => a.Path));
    }
}
