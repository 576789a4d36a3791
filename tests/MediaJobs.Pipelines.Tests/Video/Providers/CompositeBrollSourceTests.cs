using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>The order of b-roll sources and what happens when the asked-for one has nothing.</summary>
[Trait("Tier", "Fast")]
public sealed class CompositeBrollSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediajobs-user-media-").FullName;
    private readonly LibraryStub _library = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly VideoScript Script = new("T", "en-US", "text", [new ScriptScene(0, "Scene", ["One."])]);

    private Task<VideoAssetCatalog> GetAsync(string? provider, bool allowSkip = false) =>
        new CompositeBrollSource(_library, new UserMediaBrollSource(_folder), null)
            .GetAssetsAsync(new VideoRequest { Preset = "default", Text = "x", BrollProvider = provider, AllowSkipUnavailable = allowSkip }, Script, _ => { }, CancellationToken.None);

    [Fact]
    public async Task Auto_UserFolderWithMedia_WinsInNameOrder_MusicFromTheLibrary()
    {
        File.WriteAllBytes(Path.Combine(_folder, "b.mov"), [1]);
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllBytes(Path.Combine(_folder, "sub", "c.jpg"), [1]);
        File.WriteAllBytes(Path.Combine(_folder, "a.mp4"), [1]);
        File.WriteAllBytes(Path.Combine(_folder, "notes.txt"), [1]);

        var catalog = await GetAsync(null);

        Assert.Equal(["a.mp4", "b.mov", "c.jpg"], catalog.Clips.Select(c => Path.GetFileName(c.Path)));
        Assert.Equal(_library.Music, catalog.Music);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public async Task Auto_EmptyUserFolder_FallsToTheLibraryQuietly()
    {
        var catalog = await GetAsync(null);

        Assert.Equal(_library.Clips, catalog.Clips);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public async Task Generated_IgnoresTheUserFolder()
    {
        File.WriteAllBytes(Path.Combine(_folder, "a.mp4"), [1]);

        Assert.Equal(_library.Clips, (await GetAsync("generated")).Clips);
    }

    [Fact]
    public async Task UserAskedFor_EmptyFolder_FailsOrWarnsWhenSkippingIsAllowed()
    {
        var ex = await Assert.ThrowsAsync<MediaJobsException>(() => GetAsync("user"));
        var skipped = await GetAsync("user", allowSkip: true);

        Assert.Equal("UserMediaUnavailable", ex.Error.Code);
        Assert.Equal("UserMediaUnavailable", Assert.Single(skipped.Warnings).Code);
        Assert.Equal(_library.Clips, skipped.Clips);
    }

    [Fact]
    public async Task PexelsAskedFor_NotConfigured_IsMissingApiKey()
    {
        var ex = await Assert.ThrowsAsync<MediaJobsException>(() => GetAsync("pexels"));

        Assert.Equal("MissingApiKey:PEXELS_API_KEY", ex.Error.Code);
        Assert.Contains("PEXELS_API_KEY", ex.Error.Remediation, StringComparison.Ordinal);
    }

    private sealed class LibraryStub : IBrollSource
    {
        public IReadOnlyList<VideoAsset> Clips { get; } = [new("/lib/one.mp4", ["Modern"])];
        public IReadOnlyList<VideoAsset> Music { get; } = [new("/lib/bed.m4a", ["Modern"])];
        public string Name => "generated";

        public Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct) =>
            Task.FromResult(new VideoAssetCatalog(Clips, Music));
    }
}
