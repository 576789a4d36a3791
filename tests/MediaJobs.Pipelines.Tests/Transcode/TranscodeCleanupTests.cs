using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>
/// A temp file left beside a source by a crashed run (here written by the test) is removed however the job ends
/// without running again, and nothing else in the folder is touched.
/// </summary>
[Trait("Tier", "Media")]
public sealed class TranscodeCleanupTests(TranscodeSources sources) : TranscodeTestBase(sources), IClassFixture<TranscodeSources>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(120);

    /// <summary>The job's own temp, plus another job's temp and another source's temp for the same folder.</summary>
    private (string Own, string[] Others) LeaveTemps(string source, string jobId)
    {
        var own = TranscodePaths.For(source, jobId).Temp;
        string[] others =
        [
            TranscodePaths.For(source, Guid.CreateVersion7().ToString()).Temp,
            TranscodePaths.For(Path.Combine(MediaRoot, "other.mp4"), jobId).Temp,
        ];
        foreach (var file in others.Append(own))
        {
            File.WriteAllText(file, "half-written");
        }
        return (own, others);
    }

    [Fact]
    public async Task Cancel_RecoveredQueuedJob_RemovesItsTempOnly()
    {
        await H.Service.PauseAsync(CancellationToken.None);
        var path = Place(Sources.H264Mp4);
        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path });
        var (own, others) = LeaveTemps(path, job.Id);

        var outcome = await H.Service.CancelAsync(job.Id, null, CancellationToken.None);

        Assert.Equal(CancelResult.Cancelled, outcome.Result);
        Assert.False(File.Exists(own), "the cancelled job's temp file is still there");
        Assert.All(others, f => Assert.True(File.Exists(f), f));
        Assert.Equal(Hash(Sources.H264Mp4), Hash(path));
    }

    [Fact]
    public async Task Clear_QueuedJob_RemovesItsTempOnly()
    {
        await H.Service.PauseAsync(CancellationToken.None);
        var path = Place(Sources.H264Mp4);
        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path });
        var (own, others) = LeaveTemps(path, job.Id);

        var removed = await H.Service.ClearAsync([JobStatus.Queued], null, [TranscodePipeline.TypeName], CancellationToken.None);

        Assert.Equal([job.Id], removed);
        Assert.False(File.Exists(own));
        Assert.All(others, f => Assert.True(File.Exists(f), f));
        Assert.Equal(Hash(Sources.H264Mp4), Hash(path));
    }

    [Fact]
    public async Task Start_CancelledJobWhoseCleanUpACrashCutShort_TempRemovedBeforeTheQueueRuns()
    {
        var h = await CreateHarnessAsync(new TranscodeOptions { X265Preset = "ultrafast", DetectHardware = false });
        var path = Place(Sources.H264Mp4);
        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path }, h);
        // The cancel's commit landed; the server died before the clean-up.
        var events = JobTransitions.Cancelled(job, null, DateTimeOffset.UtcNow);
        Assert.True((await h.Store.CommitAsync(new JobCommit(job, job.Version, events), CancellationToken.None)).Committed);
        var (own, others) = LeaveTemps(path, job.Id);
        var marker = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = Place(Sources.HevcMkv) }, h);

        await h.StartAsync();
        // The sweep runs before the node claims anything, so once the marker ends the sweep is done.
        await h.WaitForStatusAsync(marker.Id, JobStatus.Skipped, Slow);

        Assert.False(File.Exists(own));
        Assert.All(others, f => Assert.True(File.Exists(f), f));
        Assert.Equal(Hash(Sources.H264Mp4), Hash(path));
    }
}
