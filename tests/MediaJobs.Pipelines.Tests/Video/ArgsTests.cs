using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class ArgsTests
{
    private static readonly VideoRequest Request = new() { Preset = "default", Topic = "x", Width = 320, Height = 180, Fps = 15 };

    private static BrollPlan Plan(string? music = "/a/music.m4a") => new(320, 180, 15, 10,
    [
        new BrollSegment(0, "/a/one.mp4", 0, 4, "pan-right", null, 0),
        new BrollSegment(0, "/a/two.mp4", 4, 7, "zoom-in", "dissolve", 0.3),
        new BrollSegment(1, "/a/three.mp4", 7, 10, "pan-left", "fade", 0.6),
    ], music);

    private static string After(IReadOnlyList<string> args, string flag) => args[args.ToList().IndexOf(flag) + 1];

    [Fact]
    public void Espeak_RateAndPitch_MapToSpeedAndPitch_TextOnStdin() =>
        Assert.Equal(["-v", "de", "-s", "210", "-p", "40", "-w", "/w/s.wav", "--stdin"], EspeakArgs.Build("de", 1.2, 0.8, "/w/s.wav"));

    [Fact]
    public void Espeak_ExtremeValues_AreClamped() =>
        Assert.Equal(["-v", "en-us", "-s", "450", "-p", "99", "-w", "o.wav", "--stdin"], EspeakArgs.Build("en-us", 3, 2.5, "o.wav"));

    [Theory]
    [InlineData("en-US", "en-us")]
    [InlineData("en-GB", "en-gb")]
    [InlineData("de-DE", "de")]
    [InlineData("fr-CA", "fr-fr")]
    [InlineData("pt-BR", "pt-br")]
    [InlineData("es-ES", "es")]
    public void EspeakVoice_ForLanguage(string language, string voice) => Assert.Equal(voice, EspeakVoices.ForLanguage(language));

    [Fact]
    public void EspeakVoice_CloudName_FallsBackToItsLanguageWithAWarning()
    {
        var (voice, warning) = EspeakVoices.Resolve("en-US", "de-DE-KatjaNeural");

        Assert.Equal("de", voice);
        Assert.Contains("de-DE-KatjaNeural", warning, StringComparison.Ordinal);
        Assert.Equal(("en-us+f3", (string?)null), EspeakVoices.Resolve("en-US", "en-us+f3"));
    }

    [Fact]
    public void Narration_JoinsSentencesWithTheirPausesInOnePass()
    {
        var args = NarrationArgs.Build(["a.wav", "b.wav"], [0.35, 0.6], "n.wav");

        Assert.Equal(["-i", "a.wav", "-i", "b.wav", "-filter_complex",
            "[0:a]aresample=48000,aformat=sample_fmts=s16:channel_layouts=mono,apad=pad_dur=0.35[s0];[1:a]aresample=48000,aformat=sample_fmts=s16:channel_layouts=mono,apad=pad_dur=0.6[s1];[s0][s1]concat=n=2:v=0:a=1,asplit=2[narration][m];[m]ebur128=framelog=verbose[meter]",
            "-map", "[narration]", "-c:a", "pcm_s16le", "-ar", "48000", "-ac", "1", "n.wav", "-map", "[meter]", "-f", "null", "-"], args);
    }

    [Fact]
    public void Encoder_H264Default_IsHighYuv420pCrfWithGopAndVeryfast() =>
        Assert.Equal(["-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", "21", "-g", "30"], RenderEncoderArgs.Build(Request));

    [Theory]
    [InlineData(EncodeQuality.Fast, "superfast", "23")]
    [InlineData(EncodeQuality.Balanced, "veryfast", "21")]
    [InlineData(EncodeQuality.High, "medium", "18")]
    public void Encoder_QualityWithoutQualityLevel_UsesTheProfilesPresetAndCrf(EncodeQuality quality, string preset, string crf)
    {
        var args = RenderEncoderArgs.Build(Request with { Quality = quality });

        Assert.Equal((preset, crf), (After(args, "-preset"), After(args, "-crf")));
    }

    [Fact]
    public void Encoder_QualityLevelGiven_OverridesTheProfilesCrf() =>
        Assert.Equal("20", After(RenderEncoderArgs.Build(Request with { QualityLevel = 75 }), "-crf"));

    [Fact]
    public void Encoder_H264WithBitrateAndNoSceneCut_CapsAndDisablesSceneCut() =>
        Assert.Equal(["-c:v", "libx264", "-preset", "medium", "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", "23", "-g", "30", "-maxrate", "800k", "-bufsize", "1600k", "-sc_threshold", "0"],
            RenderEncoderArgs.Build(Request with { Quality = EncodeQuality.High, QualityLevel = 60, VideoBitrateK = 800, EnableSceneCut = false }));

    [Fact]
    public void Encoder_Hevc_UsesLibx265WithHvc1Tag() =>
        Assert.Equal(["-c:v", "libx265", "-preset", "superfast", "-pix_fmt", "yuv420p", "-crf", "28", "-tag:v", "hvc1", "-g", "30", "-x265-params", "log-level=error:scenecut=0"],
            RenderEncoderArgs.Build(Request with { Codec = VideoCodec.Hevc, Quality = EncodeQuality.Fast, EnableSceneCut = false }));

    [Fact]
    public void Encoder_Av1_UsesSvtWithBitrateWhenGiven()
    {
        Assert.Equal(["-c:v", "libsvtav1", "-preset", "10", "-pix_fmt", "yuv420p", "-g", "30", "-crf", "34", "-svtav1-params", "scd=1"], RenderEncoderArgs.Build(Request with { Codec = VideoCodec.Av1 }));
        Assert.Equal("1200k", After(RenderEncoderArgs.Build(Request with { Codec = VideoCodec.Av1, VideoBitrateK = 1200 }), "-b:v"));
    }

    [Fact]
    public void Mux_LoopsEachShotForItsSpanPlusHalfItsFades()
    {
        var args = MuxArgs.Build(new MuxInputs(Request, Plan(), "/o/narration.wav", "captions.srt", "Title", "/w/video.mp4"));

        Assert.Equal(["-stream_loop", "-1", "-t", "4.15", "-i", "/a/one.mp4"], args.Take(6));
        Assert.Equal(["-stream_loop", "-1", "-t", "3.45", "-i", "/a/two.mp4"], args.Skip(6).Take(6));
        Assert.Equal(["-stream_loop", "-1", "-t", "3.3", "-i", "/a/three.mp4"], args.Skip(12).Take(6));
        Assert.Equal(["-i", "/o/narration.wav", "-stream_loop", "-1", "-i", "/a/music.m4a", "-i", "captions.srt"], args.Skip(18).Take(8));
    }

    [Fact]
    public void Mux_GraphCrossFadesAtTheRightOffsetsDucksMusicAndNormalisesLoudness()
    {
        var args = MuxArgs.Build(new MuxInputs(Request, Plan(), "/o/narration.wav", "captions.srt", "Title", "/w/video.mp4"));
        var graph = After(args, "-filter_complex");

        // Shot 0 (4.15 s of input) keeps 0–3.85 s for itself; its last 0.3 s are blended with shot 1's first 0.3 s.
        Assert.Contains("[0:v]fps=15,split=2[bs0][ts0];", graph, StringComparison.Ordinal);
        Assert.Contains("[bs0]trim=start=0:end=3.85,scale=", graph, StringComparison.Ordinal);
        Assert.Contains("[ts0]trim=start=3.85,scale=", graph, StringComparison.Ordinal);
        Assert.Contains("setsar=1,format=yuv420p,setpts=PTS-STARTPTS[t0];", graph, StringComparison.Ordinal);
        Assert.Contains("[t0][h1]xfade=transition=dissolve:duration=0.3:offset=0[x1]", graph, StringComparison.Ordinal);
        Assert.Contains("[t1][h2]xfade=transition=fade:duration=0.6:offset=0[x2]", graph, StringComparison.Ordinal);
        Assert.Contains("[b0][x1][b1][x2][b2]concat=n=5:v=1:a=0,", graph, StringComparison.Ordinal);
        Assert.Contains("crop=320:180:x='(iw-ow)*t/4.15'", graph, StringComparison.Ordinal);
        Assert.Contains("zoompan=z='1+0.15*on/52'", graph, StringComparison.Ordinal);
        // The zoom of the shot's body and tail goes on from where the head's ended.
        Assert.Contains("zoompan=z='1+0.15*(on+4)/52'", graph, StringComparison.Ordinal);
        Assert.Contains("[4:a]atrim=duration=10", graph, StringComparison.Ordinal);
        Assert.Contains("[bed][key]sidechaincompress", graph, StringComparison.Ordinal);
        Assert.Contains("loudnorm=I=-14:TP=-1.5:LRA=11", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("ass=", graph, StringComparison.Ordinal);
        Assert.Equal(["-map", "[vout]", "-map", "[aout]", "-map", "5:s", "-c:s", "mov_text", "-metadata:s:s:0", "language=eng"], args.SkipWhile(a => a != "-map").Take(10));
        Assert.Equal(["-t", "10", "-movflags", "+faststart", "-f", "mp4", "/w/video.mp4"], args.TakeLast(7));
        Assert.Equal(("aac", "48000", "2", "15"), (After(args, "-c:a"), After(args, "-ar"), After(args, "-ac"), After(args, "-r")));
    }

    [Fact]
    public void Mux_BurnFileWithoutMusic_DrawsTheAssScriptLastAndVoiceOnlyAudio()
    {
        var args = MuxArgs.Build(new MuxInputs(Request, Plan(music: null), "/o/n.wav", "captions.srt", "T", "/w/v.mp4") { BurnFile = "burn.ass" });
        var graph = After(args, "-filter_complex");

        Assert.Contains("fade=t=out:st=9.5:d=0.5,ass=filename=burn.ass[vout]", graph, StringComparison.Ordinal);
        Assert.Contains("[3:a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,loudnorm=", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("sidechaincompress", graph, StringComparison.Ordinal);
        Assert.Equal("4:s", args[args.ToList().LastIndexOf("-map") + 1]);
    }

    [Fact]
    public void Mux_MeasuredVoiceLoudness_UsesGainAndLimiterInsteadOfLoudnorm()
    {
        var graph = After(MuxArgs.Build(new MuxInputs(Request, Plan(), "/o/n.wav", null, "T", "/w/v.mp4", VoiceLufs: -21.1)), "-filter_complex");

        Assert.Contains("normalize=0,volume=7.1dB,alimiter=limit=0.891:level=disabled[aout]", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("loudnorm", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Loudness_ParsesTheEbur128Summary()
    {
        string[] stderr = ["[Parsed_ebur128_1 @ 0x5] Summary:", "", "  Integrated loudness:", "    I:         -21.1 LUFS", "    Threshold: -31.4 LUFS", "  Loudness range:", "    LRA:         2.1 LU"];

        Assert.Equal(-21.1, LoudnessParser.TryParseIntegrated(stderr));
        Assert.Null(LoudnessParser.TryParseIntegrated(["    I:         -70.0 LUFS"]));
        Assert.Null(LoudnessParser.TryParseIntegrated(["nothing here"]));
    }

    [Fact]
    public void Thumbnail_TakesOneFrame() =>
        Assert.Equal(["-ss", "7", "-i", "v.mp4", "-frames:v", "1", "-q:v", "3", "-f", "image2", "t.jpg"], MuxArgs.Thumbnail("v.mp4", 7, "t.jpg"));

    [Theory]
    [InlineData(21, 19.5, 20.1)]
    [InlineData(21, 20.8, 7)]
    public void ThumbnailTime_IsOnTheEndCardWhenThereIsAnEndHold(double duration, double speechEnd, double expected) =>
        Assert.Equal(expected, MuxArgs.ThumbnailTime(duration, speechEnd), 3);

    [Fact]
    public void Assets_ClipRecipe_RendersFiveSecondsOfH264Ultrafast()
    {
        var recipe = AssetRecipes.Clips[0];

        var args = AssetRecipes.BuildArgs(recipe, "/assets/.tmp.mp4");

        Assert.Equal(["-f", "lavfi", "-i", recipe.Graph, "-t", "5", "-an", "-c:v", "libx264", "-preset", "ultrafast"], args.Take(11));
        Assert.Equal("/assets/.tmp.mp4", args[^1]);
        Assert.Equal(6, AssetRecipes.Clips.Count);
        Assert.Equal(2, AssetRecipes.Music.Count);
        Assert.All(AssetRecipes.Music, m => Assert.StartsWith("aevalsrc=exprs='", m.Graph, StringComparison.Ordinal));
    }
}
