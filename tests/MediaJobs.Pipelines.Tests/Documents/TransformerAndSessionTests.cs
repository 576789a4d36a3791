using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Tests.Documents;

[Trait("Tier", "Media")]
public sealed class TransformerAndSessionTests : IAsyncLifetime
{
    private const string Minutes = """
        Release Planning
        Date: 12.05.2026
        Agenda
        The team discussed the release of the document pipeline.
        The release of the document pipeline was agreed for June.
        Action Items
        Carol will write the release notes by 2026-05-30.
        """;

    private DocumentHarness _h = null!;

    public async Task InitializeAsync() => _h = await DocumentHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Transformer_MeetingMinutes_FillsTheTemplateOffline()
    {
        var job = await _h.SubmitAsync("transformer", new JsonObject { ["text"] = Minutes, ["template"] = "MeetingMinutes" });

        var done = await _h.WaitAsync(job.Id);

        var fields = done.Results["template"]!["fields"]!;
        Assert.Equal("Release Planning", (string?)fields["title"]);
        Assert.Equal("2026-05-12", (string?)fields["date"]);
        Assert.Contains("agreed for June", (string?)fields["decisions"]);
        Assert.Equal("Carol will write the release notes by 2026-05-30.", (string?)fields["action_items"]);
        var markdown = (string?)done.Results["text"];
        Assert.StartsWith("# Release Planning", markdown);
        Assert.Equal("MeetingMinutes.md", done.Output[0].Name);
    }

    [Fact]
    public async Task Transformer_UseCache_SecondRunIsCached()
    {
        var input = new JsonObject { ["text"] = Minutes, ["template"] = "Summary", ["use_cache"] = true };
        var first = await _h.WaitAsync((await _h.SubmitAsync("transformer", input.DeepClone().AsObject())).Id);

        var second = await _h.WaitAsync((await _h.SubmitAsync("transformer", input.DeepClone().AsObject())).Id);

        Assert.False((bool)first.Results["cached"]!);
        Assert.True((bool)second.Results["cached"]!);
        Assert.Equal((string?)first.Results["text"], (string?)second.Results["text"]);
    }

    [Fact]
    public async Task Transformer_UserTemplate_OverridesAndAdds()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_h.Engine.Root, "templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "Brief.md"), "---\nname: Brief\nfields:\n  title: The title\n---\nBRIEF: {{title}} / {{ keywords }}\n");

        var done = await _h.WaitAsync((await _h.SubmitAsync("transformer", new JsonObject { ["text"] = Minutes, ["template"] = "Brief", ["title"] = "Given title" })).Id);

        Assert.StartsWith("BRIEF: Given title / ", (string?)done.Results["text"]);
        Assert.Contains("release", (string?)done.Results["template"]!["fields"]!["keywords"]);
    }

    [Fact]
    public async Task Transformer_WithoutText_IsRejectedNamingTheField()
    {
        var ex = await Assert.ThrowsAsync<JobValidationException>(() => _h.SubmitAsync("transformer", new JsonObject { ["template"] = "Summary" }));

        Assert.Equal("text", ex.Field);
    }

    [Fact]
    public async Task Session_SlidesAndMedia_SummaryFromTemplateAndTranscriptionKeyWarning()
    {
        var tools = new ToolLocator();
        var clip = _h.Fixture("talk.mp4");
        await new FfmpegRunner(tools, new ProcessRunner()).RunAsync(
            ["-v", "error", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=2", "-f", "lavfi", "-i", "sine=duration=2", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", clip],
            new FfmpegRunOptions(), CancellationToken.None);

        var job = await _h.SubmitAsync("session", new JsonObject
        {
            ["title"] = "Media Pipelines in Practice",
            ["speakers"] = new JsonArray("Alice", "Bob"),
            ["slides"] = _h.Fixture("mixed.pdf"),
            ["media"] = new JsonArray(clip),
        });
        var done = await _h.WaitAsync(job.Id);

        var markdown = (string)done.Results["text"]!;
        Assert.StartsWith("# Media Pipelines in Practice", markdown);
        Assert.Contains("- Alice\n- Bob", markdown);
        Assert.Contains("- talk.mp4: 00:00:02, h264 160x120, aac audio", markdown);
        Assert.Equal("ocr", (string?)done.Results["slides"]!["metadata"]!["text_contents"]![1]!["method"]);
        Assert.Equal(2.0, (double)done.Results["media"]![0]!["durationSec"]!, 0.3);
        var warning = Assert.Single(done.Warnings);
        Assert.Equal("MissingApiKey:SPEECH_TO_TEXT_API_KEY", warning.Code);
        Assert.NotNull(warning.Remediation);
        Assert.Equal("Session.md", done.Output[0].Name);
    }
}
