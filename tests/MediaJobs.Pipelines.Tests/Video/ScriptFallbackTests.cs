using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>
/// What the offline writer does with a request it cannot fully serve: another language (English with one warning when
/// the request allows a fallback), a target longer than its templates fill (a warning with the real length), and the
/// surface's <c>inputs.notices</c> carried to the job's warnings.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class ScriptFallbackTests
{
    [Theory]
    [InlineData("fr-FR", "fr-fr+m1")]
    [InlineData("ja-JP", "ja+f3")]
    [InlineData("pt-BR", "pt-br+m3")]
    public async Task TemplateWriter_OtherLanguageWithFallbackAllowed_WritesEnglishWithOneWarning(string language, string voice)
    {
        var writer = new TemplateScriptWriter();
        var request = new VideoRequest { Preset = "default", Topic = "tides", Language = language, VoiceName = voice, AllowSkipUnavailable = true };

        var script = await writer.WriteAsync(request, CancellationToken.None);

        Assert.Null(writer.CannotWrite(request));
        Assert.Equal("en", script.Language);
        var warning = Assert.Single(script.Warnings);
        Assert.Equal("ScriptLanguageFallback", warning.Code);
        Assert.Contains(language, warning.Message, StringComparison.Ordinal);
        Assert.Contains(voice, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateWriter_EnglishWithinWhatItFills_HasNoWarning()
    {
        var script = await new TemplateScriptWriter().WriteAsync(new VideoRequest { Preset = "default", Topic = "tides", TargetDuration = TimeSpan.FromSeconds(20) }, CancellationToken.None);

        Assert.Empty(script.Warnings);
        Assert.Equal("en-US", script.Language);
    }

    [Fact]
    public async Task TemplateWriter_TargetLongerThanItsTemplates_SaysHowLongTheVideoRuns()
    {
        var request = new VideoRequest { Preset = "default", Topic = "tides", TargetDuration = TimeSpan.FromSeconds(1800) };

        var script = await new TemplateScriptWriter().WriteAsync(request, CancellationToken.None);

        var warning = Assert.Single(script.Warnings);
        Assert.Equal("ScriptShorterThanTarget", warning.Code);
        Assert.Contains("1800 s video", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_NonEnglishTopicWithFallbackAllowed_IsAccepted_WithoutIt_IsRefused()
    {
        var pipeline = VideoTestSupport.Pipeline();
        JsonObject Input() => new() { ["topic"] = "marées", ["language"] = "fr-FR", ["voice"] = "fr-fr+m1" };

        var steps = pipeline.Prepare(new Core.Pipelines.JobSubmission { Type = "video", Input = Input(), Options = new JsonObject { ["allowSkipUnavailable"] = true } });
        var ex = Assert.Throws<JobValidationException>(() => pipeline.Prepare(new Core.Pipelines.JobSubmission { Type = "video", Input = Input() }));

        Assert.Contains(ScriptStep.StepName, steps);
        Assert.Equal("language", ex.Field);
    }

    [Fact]
    public void Parse_Notices_BecomeJobErrors_BadOnesAreRefusedByName()
    {
        var input = new JsonObject
        {
            ["text"] = "Hi.",
            ["notices"] = new JsonArray(new JsonObject { ["code"] = "YoutubeUploadSkipped", ["message"] = "Not uploaded.", ["remediation"] = "Upload it yourself." }),
        };

        var request = VideoRequestParser.Parse("default", input, []);
        var bad = Assert.Throws<JobValidationException>(() => VideoRequestParser.Parse("default", new JsonObject { ["text"] = "Hi.", ["notices"] = new JsonArray("just text") }, []));

        Assert.Equal(new Core.Jobs.JobError("YoutubeUploadSkipped", "Not uploaded.", "Upload it yourself."), Assert.Single(request.Notices));
        Assert.Equal("notices[0]", bad.Field);
    }

    [Fact]
    public void Parse_Threads_BecomeTheEncodersThreads()
    {
        var request = VideoRequestParser.Parse("default", new JsonObject { ["text"] = "Hi.", ["threads"] = 4 }, []);
        var none = VideoRequestParser.Parse("default", new JsonObject { ["text"] = "Hi." }, []);

        Assert.Equal(["-threads", "4"], RenderEncoderArgs.Build(request).TakeLast(2));
        Assert.DoesNotContain("-threads", RenderEncoderArgs.Build(none));
        Assert.Throws<JobValidationException>(() => VideoRequestParser.Parse("default", new JsonObject { ["text"] = "Hi.", ["threads"] = 101 }, []));
    }
}
