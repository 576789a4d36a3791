using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Retention;
using MediaJobs.Core.Service;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>
/// A cancel keeps a segmented encode's committed segments for a retry of the same job (only whole segments: no partial
/// one), so the retry encodes only the rest; they go when the job succeeds, is deleted, or its keep is over.
/// </summary>
[Trait("Tier", "Media")]
public sealed class SegmentedCancelRetryTests(TranscodeSources sources) : TranscodeTestBase(sources), IClassFixture<TranscodeSources>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(240);

    [Fact]
    public async Task CancelThenRetry_EncodesOnlyTheSegmentsNotCommitted_AndSuccessLeavesNoFolder()
    {
        var (h, source, hash, job) = await StartSegmentedAsync(Options(TimeSpan.FromDays(1)));

        var kept = await CancelAfterTwoCommittedAsync(h, job.Id, source);
        Assert.Equal(hash, Hash(source));
        await h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var events = await h.EventsAsync(job.Id);
        var resumed = events.Last(e => e.Message.StartsWith("Segmented encode: ", StringComparison.Ordinal));
        var words = resumed.Message.Split(' ');
        var total = int.Parse(words[2], CultureInfo.InvariantCulture);
        Assert.Equal(kept, int.Parse(words[4], CultureInfo.InvariantCulture));
        Assert.Equal(total - kept, events.Count(e => e.Id > resumed.Id && e.Message.StartsWith("Encoding segment ", StringComparison.Ordinal)));
        Assert.Equal(total, (int?)done.Results[TranscodeResults.Segments]);
        Assert.Equal("hevc", (await TranscodeSources.Ffprobe.ProbeAsync(source)).PrimaryVideo?.CodecName);
        Assert.False(Directory.Exists(SegmentFolderOf(source, job.Id)));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task CancelThenDelete_RemovesTheKeptSegments()
    {
        var (h, source, hash, job) = await StartSegmentedAsync(Options(TimeSpan.FromDays(1)));
        await CancelAfterTwoCommittedAsync(h, job.Id, source);

        Assert.Equal(DeleteOutcome.Deleted, await h.Service.DeleteAsync(job.Id, null, CancellationToken.None));

        Assert.False(Directory.Exists(SegmentFolderOf(source, job.Id)));
        Assert.Empty(TempFiles());
        Assert.Equal(hash, Hash(source));
    }

    [Fact]
    public async Task CancelledKeepOver_RetentionPassRemovesTheSegmentsButNotTheJob()
    {
        // A keep of one tick: the cancel itself keeps them (its keep starts then); the next retention pass is past it.
        var (h, source, hash, job) = await StartSegmentedAsync(Options(TimeSpan.FromTicks(1)));
        await CancelAfterTwoCommittedAsync(h, job.Id, source);

        await h.Service.PruneAsync(new RetentionOptions { SucceededDays = 0, SkippedDays = 0, FailedDays = 0, CancelledDays = 0 }, CancellationToken.None);

        Assert.False(Directory.Exists(SegmentFolderOf(source, job.Id)));
        Assert.Empty(TempFiles());
        Assert.Equal(hash, Hash(source));
        Assert.Equal(JobStatus.Cancelled, (await h.Store.GetAsync(job.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task CancelWithNoKeep_RemovesTheSegmentFolderAtOnce()
    {
        var (h, source, hash, job) = await StartSegmentedAsync(Options(TimeSpan.Zero));

        await h.WaitForEventAsync(job.Id, e => e.Message == "Segment 0 committed on test-node.", Slow);
        await h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        await h.WaitForStatusAsync(job.Id, JobStatus.Cancelled, Slow);

        Assert.False(Directory.Exists(SegmentFolderOf(source, job.Id)));
        Assert.Empty(TempFiles());
        Assert.Equal(hash, Hash(source));
    }

    private static TranscodeOptions Options(TimeSpan keep) => new() { X265Preset = "fast", DetectHardware = false, CancelledSegmentsKeep = keep };

    /// <summary>A 30 s source encoding in 4 s segments (8 of them).</summary>
    private async Task<(EngineHarness H, string Source, string Hash, Job Job)> StartSegmentedAsync(TranscodeOptions options)
    {
        var source = Path.Combine(MediaRoot, "movie.mkv");
        await MediaMeasures.MakeSourceAsync(source, 30);
        var hash = Hash(source);
        var h = await StartHarnessAsync(options);
        var job = await h.SubmitAsync(new JobSubmission
        {
            Type = TranscodePipeline.TypeName,
            Preset = "compress-hevc",
            Input = new JsonObject { ["path"] = source },
            Options = new JsonObject { ["segmentSeconds"] = 4 },
        });
        return (h, source, hash, job);
    }

    /// <summary>Cancels once two segments are committed; the count kept (whole segments only, the partial one is gone).</summary>
    private async Task<int> CancelAfterTwoCommittedAsync(EngineHarness h, string jobId, string source)
    {
        await h.WaitForEventAsync(jobId, e => e.Message == "Segment 1 committed on test-node.", Slow);
        await h.Service.CancelAsync(jobId, null, CancellationToken.None);
        await h.WaitForStatusAsync(jobId, JobStatus.Cancelled, Slow);
        var names = Directory.GetFiles(SegmentFolderOf(source, jobId)).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(names, n => n!.Contains(".partial.", StringComparison.Ordinal));
        var committed = names.Count(n => n!.Length == "000000.mkv".Length && n.EndsWith(".mkv", StringComparison.Ordinal));
        Assert.InRange(committed, 2, 7);
        Assert.DoesNotContain(Directory.GetFiles(MediaRoot), f => TranscodePaths.IsProjectTemp(f));
        return committed;
    }

    private static string SegmentFolderOf(string source, string jobId) =>
        Path.Combine(Path.GetDirectoryName(source)!, SegmentPaths.FolderEntry(Path.GetFileName(source), jobId));
}
