using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Hosting;

/// <summary>The server builds the video pipeline with the providers that <c>MediaJobs:Providers</c> configures.</summary>
[Trait("Tier", "Fast")]
public sealed class VideoServiceCollectionExtensionsTests : IDisposable
{
    private readonly MediaJobsServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void AddVideo_ConfiguredProviders_AreWiredIntoTheVideoPipeline()
    {
        using var configured = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("MediaJobs:Providers:Llm:BaseUrl", "http://127.0.0.1:9/v1");
            b.UseSetting("MediaJobs:Providers:Azure:Key", "cfg-key");
            b.UseSetting("MediaJobs:Providers:Azure:Region", "westeurope");
            b.UseSetting("MediaJobs:Providers:Pexels:ApiKey", "px");
            b.UseSetting("MediaJobs:Providers:UserMediaFolder", "/nonexistent/media");
        });

        var video = Assert.Single(configured.Services.GetServices<IJobPipeline>().OfType<VideoPipeline>());
        var options = configured.Services.GetRequiredService<VideoProvidersOptions>();

        Assert.IsType<OpenAiScriptWriter>(video.Writer);
        Assert.Equal("cfg-key", options.Azure.Key);
        var choice = video.Speech.Choose(new VideoRequest { Preset = "default", Text = "x", VoiceName = "en-US-JennyNeural" });
        Assert.IsType<AzureSpeechSynthesizer>(choice.Synthesizer);
        Assert.Contains("Pexels", Assert.IsType<CompositeBrollSource>(video.Broll).Name, StringComparison.Ordinal);
        Assert.Contains("user media", video.Broll.Name, StringComparison.Ordinal);
    }
}
