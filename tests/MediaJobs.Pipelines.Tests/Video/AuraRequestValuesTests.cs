using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>
/// The values Aura Video Studio's pages put in the legacy body (Aura.Web CreateWizard.tsx, CreatePage.tsx,
/// wizardService.ts), each read as its backend reads it or as the closest thing with a warning.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class AuraRequestValuesTests
{
    private static VideoRequest Parse(JsonObject voice, JsonObject? render = null, JsonObject? plan = null, string language = "en-US") =>
        VideoRequestParser.Parse(VideoPipeline.DefaultPreset, new JsonObject
        {
            ["brief"] = new JsonObject { ["topic"] = "Tides", ["language"] = language, ["aspect"] = "Widescreen16x9" },
            ["planSpec"] = plan ?? new JsonObject { ["targetDuration"] = "PT1M" },
            ["voiceSpec"] = voice,
            ["renderSpec"] = render ?? new JsonObject { ["res"] = "1080p" },
        }, []);

    /// <summary>The wizard's duration slider: 0.5 to 20 minutes in steps of 0.5, sent as <c>PT{minutes}M</c>.</summary>
    public static TheoryData<double> WizardMinutes()
    {
        var data = new TheoryData<double>();
        for (var m = 0.5; m <= 20; m += 0.5)
        {
            data.Add(m);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WizardMinutes))]
    public void TargetDuration_Iso8601AndHhMmSs_AreTheSameDuration(double minutes)
    {
        var iso = string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M");
        var clock = TimeSpan.FromMinutes(minutes).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

        var fromIso = Parse([], plan: new JsonObject { ["targetDuration"] = iso });
        var fromClock = Parse([], plan: new JsonObject { ["targetDuration"] = clock });

        Assert.Equal(TimeSpan.FromMinutes(minutes), fromIso.TargetDuration);
        Assert.Equal(fromIso.TargetDuration, fromClock.TargetDuration);
    }

    [Theory]
    [InlineData("PT90S", 90)]
    [InlineData("PT1M30S", 90)]
    [InlineData("PT0.5H", 1800)]
    [InlineData("pt2m", 120)]
    public void TargetDuration_OtherIso8601Forms_AreRead(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Parse([], plan: new JsonObject { ["targetDuration"] = text }).TargetDuration);

    [Theory]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT31M")]
    [InlineData("PT1X")]
    public void TargetDuration_BadOrTooLongIso8601_IsRefusedNamingTheField(string text) =>
        Assert.Equal("planSpec.targetDuration", Assert.Throws<JobValidationException>(() => Parse([], plan: new JsonObject { ["targetDuration"] = text })).Field);

    [Theory]
    [InlineData("Natural", 1.0, false)]
    [InlineData("Short", 0.5, false)]
    [InlineData("Long", 1.5, false)]
    [InlineData("Dramatic", 2.5, false)]
    [InlineData("short", 0.5, false)]
    [InlineData("Medium", 1.0, true)]
    public void Pause_ByName_IsAMultiplierAndAnUnknownWordIsNaturalWithAWarning(string pause, double multiplier, bool warned)
    {
        var r = Parse(new JsonObject { ["pause"] = pause });

        Assert.Equal(multiplier, r.Pause);
        Assert.Equal(warned, r.InputWarnings.Any(w => w.Message.Contains("voiceSpec.pause", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0.0, 1.0, false)]
    [InlineData(1.0, 1.0, false)]
    [InlineData(0.8, 0.8, false)]
    [InlineData(-1.0, 0.5, true)]
    [InlineData(0.4, 1.2, true)]
    public void Pitch_AurasOffsetBelowHalf_BecomesAMultiplier(double pitch, double multiplier, bool warned)
    {
        var r = Parse(new JsonObject { ["pitch"] = pitch });

        Assert.Equal(multiplier, r.Pitch, 3);
        Assert.Equal(warned, r.InputWarnings.Any(w => w.Message.Contains("voiceSpec.pitch", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(854, 480)]
    [InlineData(1280, 720)]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public void Res_AsWizardServiceObject_IsTheFrame(int width, int height)
    {
        var r = Parse([], new JsonObject { ["res"] = new JsonObject { ["width"] = width, ["height"] = height } });

        Assert.Equal((width, height), (r.Width, r.Height));
        Assert.Empty(r.InputWarnings);
    }

    [Fact]
    public void Res_ObjectWithoutHeight_IsRefused() =>
        Assert.Equal("renderSpec.res", Assert.Throws<JobValidationException>(() => Parse([], new JsonObject { ["res"] = new JsonObject { ["width"] = 1920 } })).Field);

    [Theory]
    [InlineData("en-US-Standard-A", "en-US", "en-us")]
    [InlineData("en_GB-alan-medium", "en-US", "en-gb")]
    [InlineData("de-DE-Wavenet-B", "en-US", "de")]
    [InlineData("Microsoft David Desktop", "en-US", "en-us")]
    [InlineData("professional", "fr-FR", "fr-fr")]
    [InlineData("Rachel", "de-DE", "de")]
    public void VoiceName_NotSpokenHere_IsTheNearestEspeakVoiceWithAWarning(string name, string language, string voice)
    {
        var r = Parse(new JsonObject { ["voiceName"] = name }, language: language);

        Assert.Equal(voice, r.VoiceName);
        var warning = Assert.Single(r.InputWarnings);
        Assert.Equal(AuraVoiceNames.WarningCode, warning.Code);
        Assert.Contains($"'voiceSpec.voiceName': Voice '{name}'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default", null)]
    [InlineData("Default", null)]
    [InlineData("en-us+f3", "en-us+f3")]
    [InlineData("en-US-JennyNeural", "en-US-JennyNeural")]
    public void VoiceName_DefaultOrAlreadySpoken_IsKeptWithoutWarning(string name, string? voice)
    {
        var r = Parse(new JsonObject { ["voiceName"] = name });

        Assert.Equal(voice, r.VoiceName);
        Assert.Empty(r.InputWarnings);
    }

    [Theory]
    [InlineData("webm")]
    [InlineData("mov")]
    public void Container_OtherThanMp4_IsAcceptedWithAWarningThatTheOutputIsMp4(string container)
    {
        var r = Parse([], new JsonObject { ["container"] = container });

        Assert.Contains(r.InputWarnings, w => w.Message.Contains($"'renderSpec.container' '{container}'", StringComparison.Ordinal) && w.Message.Contains("MP4", StringComparison.Ordinal));
    }

    [Fact]
    public void Language_EnglishName_IsTheTagWithAWarning()
    {
        var r = Parse([], language: "English");

        Assert.Equal("en-US", r.Language);
        Assert.Contains(r.InputWarnings, w => w.Message.Contains("'brief.language' 'English' read as the language tag en-US", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("75", 75)]
    [InlineData("0", 0)]
    public void QualityLevel_AsNumericString_IsRead(string level, int expected) =>
        Assert.Equal(expected, Parse([], new JsonObject { ["qualityLevel"] = level }).QualityLevel);

    [Fact]
    public void QualityLevel_NonNumericString_IsRefused() =>
        Assert.Equal("renderSpec.qualityLevel", Assert.Throws<JobValidationException>(() => Parse([], new JsonObject { ["qualityLevel"] = "high" })).Field);
}
