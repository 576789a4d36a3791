using MediaJobs.Pipelines.Video;
using Microsoft.Extensions.Logging.Abstractions;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>The clip library rendered at server start, once: a job that asks for it meanwhile waits instead of rendering too.</summary>
[Trait("Tier", "Media")]
public sealed class VideoLibraryWarmupTests : IDisposable
{
    private readonly string _assets = Path.Combine(Path.GetTempPath(), "mediajobs-tests-warmup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AtStart_TheLibraryIsRenderedOnce_AJobAskingMeanwhileWaitsForIt()
    {
        using var warmup = new VideoLibraryWarmup(new VideoLibraryOptions(), _assets, Ffmpeg, NullLogger<VideoLibraryWarmup>.Instance);
        await warmup.StartAsync(CancellationToken.None);
        var job = VideoAssetLibrary.EnsureAsync(_assets, Ffmpeg, CancellationToken.None);

        var atStart = await warmup.Completion.WaitAsync(TimeSpan.FromMinutes(5));
        var forJob = await job.WaitAsync(TimeSpan.FromMinutes(5));
        await warmup.StopAsync(CancellationToken.None);

        Assert.NotNull(atStart);
        // Whichever got the folder's lock first rendered everything; the other found the files made.
        Assert.Equal(AssetRecipes.All.Count(), atStart.RenderedCount + forJob.RenderedCount);
        Assert.Contains(0, new[] { atStart.RenderedCount, forJob.RenderedCount });
        Assert.All(forJob.Clips.Concat(forJob.Music), a => Assert.True(new FileInfo(a.Path).Length > 1000, a.Path));
        Assert.Empty(Directory.EnumerateFiles(_assets, ".*"));
    }

    [Fact]
    public async Task TurnedOff_NothingIsRendered()
    {
        using var warmup = new VideoLibraryWarmup(new VideoLibraryOptions { PrepareLibraryAtStart = false }, _assets, Ffmpeg, NullLogger<VideoLibraryWarmup>.Instance);
        await warmup.StartAsync(CancellationToken.None);

        Assert.Null(await warmup.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(Directory.Exists(_assets) && Directory.EnumerateFileSystemEntries(_assets).Any());
    }

    public void Dispose()
    {
        if (Directory.Exists(_assets))
        {
            Directory.Delete(_assets, recursive: true);
        }
    }
}
