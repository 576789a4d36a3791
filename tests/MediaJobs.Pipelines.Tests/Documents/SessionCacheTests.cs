using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary><c>use_cache</c> for <c>session</c> jobs on a real engine: a repeat is served from the cache, a changed input is not.</summary>
[Trait("Tier", "Media")]
public sealed class SessionCacheTests : IAsyncLifetime
{
    private DocumentHarness _h = null!;
    private string _slides = "";
    private string _clip = "";

    public async Task InitializeAsync()
    {
        _h = await DocumentHarness.StartAsync();
        _slides = _h.Fixture("slides.pdf");
        File.Copy(_h.Fixture("text.pdf"), _slides);
        _clip = _h.Fixture("talk.mp4");
        var tools = new ToolLocator();
        await new FfmpegRunner(tools, new ProcessRunner()).RunAsync(
            ["-v", "error", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=5:duration=1", "-f", "lavfi", "-i", "sine=duration=1", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", _clip],
            new FfmpegRunOptions(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private JsonObject Input(string title = "Media Pipelines in Practice", string method = "native") => new()
    {
        ["title"] = title,
        ["speakers"] = new JsonArray("Alice", "Bob"),
        ["date"] = "2026-05-12",
        ["slides"] = _slides,
        ["media"] = new JsonArray(_clip),
        ["extraction_method"] = method,
        ["use_cache"] = true,
    };

    private async Task<Job> RunAsync(JsonObject input) => await _h.WaitAsync((await _h.SubmitAsync("session", input)).Id);

    private async Task<bool> CacheHitLoggedAsync(Job job) =>
        (await _h.Engine.EventsAsync(job.Id)).Any(e => e.Message.StartsWith("Cache hit", StringComparison.Ordinal));

    [Fact]
    public async Task UseCache_SecondIdenticalSession_IsServedFromTheCacheWithoutAnyToolCall()
    {
        var first = await RunAsync(Input());

        var second = await RunAsync(Input());

        Assert.False((bool)first.Results["cached"]!);
        Assert.True(Directory.Exists(_h.Engine.Layout.LogDirectory(first.Id)), "the first run called no tool");
        Assert.True((bool)second.Results["cached"]!);
        Assert.Equal(first.Id, (string?)second.Results["cached_from_job"]);
        Assert.True(await CacheHitLoggedAsync(second));
        Assert.False(Directory.Exists(_h.Engine.Layout.LogDirectory(second.Id)), "a cache hit ran pdfinfo, pdftotext or ffprobe");
        foreach (var result in new[] { "session", "slides", "media", "template", "text" })
        {
            Assert.True(JsonNode.DeepEquals(first.Results[result], second.Results[result]), $"'{result}' differs");
        }
        Assert.Contains("Quarterly Planning Meeting", (string?)second.Results["slides"]!["extracted_text"]);
        Assert.Equal(first.Output.Select(a => a.Name), second.Output.Select(a => a.Name));
        Assert.Equal("Session.md", second.Output[0].Name);
        Assert.Equal(
            await File.ReadAllTextAsync(_h.Engine.Layout.Resolve(first.Output[0].Path)),
            await File.ReadAllTextAsync(_h.Engine.Layout.Resolve(second.Output[0].Path)));
    }

    [Fact]
    public async Task UseCache_TitleMethodSlidesOrMediaChanged_IsAMissEachTime()
    {
        await RunAsync(Input());
        Assert.True((bool)(await RunAsync(Input())).Results["cached"]!, "an identical run missed: the misses below would prove nothing");

        var misses = new List<Job>
        {
            await RunAsync(Input(title: "Another Title")),
            await RunAsync(Input(method: "combined")),
        };
        File.Copy(_h.Fixture("mixed.pdf"), _slides, overwrite: true);
        misses.Add(await RunAsync(Input()));
        File.SetLastWriteTimeUtc(_clip, File.GetLastWriteTimeUtc(_clip).AddMinutes(-5));
        misses.Add(await RunAsync(Input()));

        Assert.All(misses, m => Assert.False((bool)m.Results["cached"]!));
        foreach (var miss in misses)
        {
            Assert.False(await CacheHitLoggedAsync(miss));
        }
        Assert.Contains("Another Title", (string?)misses[0].Results["text"]);
        Assert.Equal("combined", (string?)misses[1].Results["slides"]!["metadata"]!["extraction_method"]);
        Assert.Equal(2, (int?)misses[2].Results["slides"]!["metadata"]!["pages"]);
    }
}
