using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class VideoRequestParserTests
{
    private static VideoRequest Parse(JsonObject input, JsonObject? options = null, string preset = VideoPipeline.DefaultPreset) =>
        VideoRequestParser.Parse(preset, input, options ?? []);

    private static JsonObject LegacyBody() => new()
    {
        ["brief"] = new JsonObject { ["topic"] = "Your video topic", ["audience"] = "Target audience", ["goal"] = "Video goal", ["tone"] = "Tone of voice", ["language"] = "de-DE", ["aspect"] = "Square1x1" },
        ["planSpec"] = new JsonObject { ["targetDuration"] = "00:01:30", ["pacing"] = "Chill", ["density"] = "Sparse", ["style"] = "Cinematic" },
        ["voiceSpec"] = new JsonObject { ["voiceName"] = "de-DE-KatjaNeural", ["rate"] = 1.2, ["pitch"] = 0.8, ["pause"] = 2.0 },
        ["renderSpec"] = new JsonObject
        {
            ["res"] = "1080p",
            ["container"] = "mp4",
            ["videoBitrateK"] = 8000,
            ["audioBitrateK"] = 192,
            ["fps"] = 24,
            ["codec"] = "HEVC",
            ["qualityLevel"] = 90,
            ["enableSceneCut"] = false,
        },
    };

    [Fact]
    public void Parse_LegacyBody_HonoursEveryField()
    {
        var r = Parse(LegacyBody(), new JsonObject { ["quality"] = "high", ["allowSkipUnavailable"] = true });

        Assert.Equal(("Your video topic", "Target audience", "Video goal", "Tone of voice"), (r.Topic, r.Audience, r.Goal, r.Tone));
        Assert.Equal("de-DE", r.Language);
        Assert.Equal(VideoAspect.Square1x1, r.Aspect);
        Assert.Equal(TimeSpan.FromSeconds(90), r.TargetDuration);
        Assert.Equal((Pacing.Chill, Density.Sparse, "Cinematic"), (r.Pacing, r.Density, r.Style));
        Assert.Equal(("de-DE-KatjaNeural", 1.2, 0.8, 2.0), (r.VoiceName, r.Rate, r.Pitch, r.Pause));
        Assert.Equal((1080, 1080), (r.Width, r.Height));
        Assert.Equal((8000, 192, 24.0), (r.VideoBitrateK, r.AudioBitrateK, r.Fps));
        Assert.Equal((VideoCodec.Hevc, 90, false), (r.Codec, r.QualityLevel, r.EnableSceneCut));
        Assert.Equal(EncodeQuality.High, r.Quality);
        Assert.True(r.AllowSkipUnavailable);
    }

    [Fact]
    public void Parse_FlatInputs_AreRead()
    {
        var r = Parse(new JsonObject
        {
            ["text"] = "  Hello there.  ",
            ["title"] = "T",
            ["durationSec"] = 12,
            ["aspect"] = "9:16",
            ["resolution"] = "720p",
            ["fps"] = 25,
            ["codec"] = "av1",
            ["voice"] = "en-us+f3",
            ["rate"] = 0.8,
            ["burnSubtitles"] = true,
            ["music"] = false,
        });

        Assert.Equal("Hello there.", r.Text);
        Assert.Equal((720, 1280, VideoAspect.Vertical9x16), (r.Width, r.Height, r.Aspect));
        Assert.Equal((VideoCodec.Av1, 25.0, "en-us+f3", 0.8), (r.Codec, r.Fps, r.VoiceName, r.Rate));
        Assert.Equal(TimeSpan.FromSeconds(12), r.TargetDuration);
        Assert.True(r.BurnSubtitles);
        Assert.False(r.Music);
    }

    [Fact]
    public void Parse_NothingGiven_UsesDefaults()
    {
        var r = Parse(new JsonObject { ["topic"] = "x" });

        Assert.Equal((1920, 1080, 30.0, VideoCodec.H264, EncodeQuality.Balanced), (r.Width, r.Height, r.Fps, r.Codec, r.Quality));
        Assert.Equal(("en-US", 160, (int?)null, true), (r.Language, r.AudioBitrateK, r.QualityLevel, r.EnableSceneCut));
        Assert.Null(r.VideoBitrateK);
    }

    [Fact]
    public void Parse_SamplePresets_Are1080pWidescreenAndShortsAndAcceptSizeOverrides()
    {
        var sample = Parse([], new JsonObject { ["quality"] = "balanced" }, VideoPipeline.SamplePreset);
        var shorts = Parse([], preset: VideoPipeline.ShortsPreset);
        var small = Parse(new JsonObject { ["resolution"] = "320x180", ["fps"] = 15 }, preset: VideoPipeline.SamplePreset);
        var smallShorts = Parse(new JsonObject { ["resolution"] = "180x320" }, preset: VideoPipeline.ShortsPreset);

        Assert.Equal((1920, 1080, 25.0, VideoAspect.Widescreen16x9), (sample.Width, sample.Height, sample.Fps, sample.Aspect));
        Assert.Equal((1080, 1920, VideoAspect.Vertical9x16), (shorts.Width, shorts.Height, shorts.Aspect));
        Assert.Equal((320, 180, 15.0), (small.Width, small.Height, small.Fps));
        Assert.Equal((180, 320, VideoAspect.Vertical9x16), (smallShorts.Width, smallShorts.Height, smallShorts.Aspect));
        Assert.True(shorts.IsSample);
    }

    [Theory]
    [InlineData("fast", "16:9", 1280, 720)]
    [InlineData("balanced", "16:9", 1920, 1080)]
    [InlineData("high", "16:9", 1920, 1080)]
    [InlineData("balanced", "9:16", 1080, 1920)]
    [InlineData("balanced", "1:1", 1080, 1080)]
    [InlineData("fast", "9:16", 720, 1280)]
    public void Parse_QualityAndAspect_GiveTheDocumentedFrame(string quality, string aspect, int width, int height)
    {
        var r = Parse(new JsonObject { ["topic"] = "x", ["aspect"] = aspect }, new JsonObject { ["quality"] = quality });

        Assert.Equal((width, height), (r.Width, r.Height));
    }

    [Theory]
    [InlineData("renderSpec", "container", "avi", "renderSpec.container")]
    [InlineData("renderSpec", "codec", "VP9", "renderSpec.codec")]
    [InlineData("renderSpec", "res", "4k", "renderSpec.res")]
    [InlineData("renderSpec", "res", "1919x1080", "renderSpec.res")]
    [InlineData("renderSpec", "fps", 240, "renderSpec.fps")]
    [InlineData("renderSpec", "qualityLevel", 101, "renderSpec.qualityLevel")]
    [InlineData("renderSpec", "videoBitrateK", "fast", "renderSpec.videoBitrateK")]
    [InlineData("renderSpec", "enableSceneCut", "yes", "renderSpec.enableSceneCut")]
    [InlineData("renderSpec", "audioBitrateK", 8, "renderSpec.audioBitrateK")]
    [InlineData("brief", "aspect", "Cinema21x9", "brief.aspect")]
    [InlineData("brief", "language", "english please", "brief.language")]
    [InlineData("planSpec", "targetDuration", "90 seconds", "planSpec.targetDuration")]
    [InlineData("planSpec", "targetDuration", "02:00:00", "planSpec.targetDuration")]
    [InlineData("planSpec", "pacing", "Frantic", "planSpec.pacing")]
    [InlineData("planSpec", "density", "Heavy", "planSpec.density")]
    [InlineData("voiceSpec", "rate", 9.0, "voiceSpec.rate")]
    [InlineData("voiceSpec", "pitch", 2.5, "voiceSpec.pitch")]
    [InlineData("voiceSpec", "pitch", -1.5, "voiceSpec.pitch")]
    [InlineData("voiceSpec", "pause", -1, "voiceSpec.pause")]
    [InlineData("voiceSpec", "voiceName", 42, "voiceSpec.voiceName")]
    [InlineData("renderSpec", "hdr", true, "renderSpec.hdr")]
    public void Parse_LegacyValueItCannotHonour_IsRejectedNamingTheField(string section, string field, object value, string expected)
    {
        var body = LegacyBody();
        body[section]![field] = JsonValue.Create(value);

        var ex = Assert.Throws<JobValidationException>(() => Parse(body));

        Assert.Equal(expected, ex.Field);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ResolutionNotMatchingAspect_KeepsTheAspectAtTheShortSideWithAWarning()
    {
        var r = Parse(new JsonObject { ["topic"] = "x", ["aspect"] = "Vertical9x16", ["resolution"] = "320x180" });

        Assert.Equal((VideoAspect.Vertical9x16, 180, 320), (r.Aspect, r.Width, r.Height));
        Assert.Contains(r.InputWarnings, w => w.Message.Contains("'resolution' 320x180 does not match the aspect Vertical9x16", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoTextNoTopic_IsRejected() =>
        Assert.Equal("topic", Assert.Throws<JobValidationException>(() => Parse([])).Field);

    [Fact]
    public void Parse_UnknownInput_IsRejectedNamingIt() =>
        Assert.Equal("colour", Assert.Throws<JobValidationException>(() => Parse(new JsonObject { ["topic"] = "x", ["colour"] = "red" })).Field);

    [Fact]
    public void Parse_BadQualityOption_IsRejected() =>
        Assert.Equal("options.quality", Assert.Throws<JobValidationException>(() => Parse(new JsonObject { ["topic"] = "x" }, new JsonObject { ["quality"] = "ultra" })).Field);

    [Fact]
    public void Parse_SampleWithText_IsRejected() =>
        Assert.Equal("text", Assert.Throws<JobValidationException>(() => Parse(new JsonObject { ["text"] = "Hi." }, preset: VideoPipeline.SamplePreset)).Field);

    [Fact]
    public void Parse_LegacySectionNotAnObject_IsRejected() =>
        Assert.Equal("renderSpec", Assert.Throws<JobValidationException>(() => Parse(new JsonObject { ["topic"] = "x", ["renderSpec"] = "1080p" })).Field);

    [Theory]
    [InlineData("1080p", VideoAspect.Widescreen16x9, 1920, 1080)]
    [InlineData("480p", VideoAspect.Widescreen16x9, 854, 480)]
    [InlineData("240p", VideoAspect.Widescreen16x9, 426, 240)]
    [InlineData("720p", VideoAspect.Vertical9x16, 720, 1280)]
    [InlineData("360p", VideoAspect.Square1x1, 360, 360)]
    public void Resolution_NamedSize_UsesShortSideAndAspect(string res, VideoAspect aspect, int width, int height)
    {
        var (w, h, _) = VideoResolution.Parse(res, aspect, aspectGiven: true, "renderSpec.res");

        Assert.Equal((width, height), (w, h));
    }

    [Fact]
    public void Pipeline_NonEnglishBriefWithoutText_IsRejectedBecauseTheOfflineWriterWritesEnglish()
    {
        var pipeline = VideoTestSupport.Pipeline();
        var body = LegacyBody();

        var ex = Assert.Throws<JobValidationException>(() => pipeline.Prepare(new Core.Pipelines.JobSubmission { Type = "video", Input = body }));

        Assert.Equal("brief.language", ex.Field);
    }
}
