using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>Pexels video search and download against a fake Pexels API that also serves the clip files.</summary>
[Trait("Tier", "Fast")]
public sealed class PexelsBrollSourceTests : IAsyncLifetime
{
    private FakeHttpServer _server = null!;
    private readonly HttpClient _http = new();
    private readonly string _cache = Directory.CreateTempSubdirectory("mediajobs-pexels-").FullName;

    public async Task InitializeAsync()
    {
        var clip = await ProviderMedia.ClipAsync();
        _server = await FakeHttpServer.StartAsync();
        _server.Handler = r => r.Path switch
        {
            "/videos/search" => FakeResponse.Json(SearchAnswer(_server)),
            "/files/small.mp4" => FakeResponse.Bytes(clip, "video/mp4"),
            _ => null,
        };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_cache, recursive: true);
    }

    /// <summary>One video with three renditions: too small, big enough (smallest such), and bigger.</summary>
    public static string SearchAnswer(FakeHttpServer server) => new JsonObject
    {
        ["page"] = 1,
        ["per_page"] = 5,
        ["total_results"] = 1,
        ["videos"] = new JsonArray(new JsonObject
        {
            ["id"] = 4242,
            ["width"] = 1920,
            ["height"] = 1080,
            ["duration"] = 1,
            ["video_files"] = new JsonArray(
                new JsonObject { ["id"] = 3, ["quality"] = "hd", ["file_type"] = "video/mp4", ["width"] = 1920, ["height"] = 1080, ["link"] = server.Url("files/big.mp4") },
                new JsonObject { ["id"] = 2, ["quality"] = "sd", ["file_type"] = "video/mp4", ["width"] = 320, ["height"] = 240, ["link"] = server.Url("files/small.mp4") },
                new JsonObject { ["id"] = 1, ["quality"] = "sd", ["file_type"] = "video/mp4", ["width"] = 160, ["height"] = 120, ["link"] = server.Url("files/tiny.mp4") }),
        }),
    }.ToJsonString();

    private PexelsBrollSource Source(string key = "px-key") => new(_http, new PexelsOptions { BaseUrl = _server.BaseUri.ToString(), ApiKey = key }, _cache);

    private static VideoScript Script => new("Rivers", "en-US", "text", [new ScriptScene(0, "Mountain rivers at dawn", ["Rivers run."])]);

    [Fact]
    public async Task Search_SendsSceneKeywordsOrientationAndKey_AndDownloadsTheSmallestRenditionThatCoversTheFrame()
    {
        var request = new VideoRequest { Preset = "default", Text = "x", Aspect = VideoAspect.Vertical9x16, Width = 180, Height = 240 };

        var catalog = await Source().GetAssetsAsync(request, Script, _ => { }, CancellationToken.None);

        var search = Assert.Single(_server.RequestsTo("/videos/search"));
        Assert.Equal("Mountain rivers dawn", search.Query["query"]);
        Assert.Equal("portrait", search.Query["orientation"]);
        Assert.Equal("px-key", search.Header("Authorization"));
        Assert.Single(_server.RequestsTo("/files/small.mp4"));
        var clip = Assert.Single(catalog.Clips);
        Assert.Equal(Path.Combine(_cache, "pexels-4242-320x240.mp4"), clip.Path);
        Assert.Equal(await ProviderMedia.ClipAsync(), await File.ReadAllBytesAsync(clip.Path));
        Assert.Empty(Directory.GetFiles(_cache, "*.part"));
    }

    [Fact]
    public async Task SecondJob_UsesTheCachedClipWithoutDownloadingAgain()
    {
        var request = new VideoRequest { Preset = "default", Text = "x", Width = 320, Height = 180 };

        await Source().GetAssetsAsync(request, Script, _ => { }, CancellationToken.None);
        var again = await Source().GetAssetsAsync(request, Script, _ => { }, CancellationToken.None);

        Assert.Equal("landscape", _server.RequestsTo("/videos/search")[0].Query["orientation"]);
        Assert.Single(_server.RequestsTo("/files/small.mp4"));
        Assert.True(File.Exists(Assert.Single(again.Clips).Path));
    }

    [Fact]
    public async Task RejectedKey_FailsWithProviderAuthFailed()
    {
        _server.Handler = _ => FakeResponse.Error(401);

        var ex = await Assert.ThrowsAsync<MediaJobsException>(() => Source("wrong").GetAssetsAsync(new VideoRequest { Preset = "default", Text = "x" }, Script, _ => { }, CancellationToken.None));

        Assert.Equal("ProviderAuthFailed:Pexels", ex.Error.Code);
        Assert.Contains("PEXELS_API_KEY", ex.Error.Remediation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(320, 240, 2)]
    [InlineData(100, 100, 1)]
    [InlineData(4000, 3000, 3)]
    public void Choose_SmallestCoveringElseLargest(int width, int height, long expectedFileId)
    {
        var files = PexelsSearch.ParseVideos(SearchAnswer(_server))[0];

        Assert.Equal(expectedFileId, PexelsSearch.Choose(files, width, height)!.FileId);
    }
}
