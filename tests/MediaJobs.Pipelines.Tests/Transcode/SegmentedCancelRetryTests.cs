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

        var (kept, round) = await CancelAfterTwoCommittedAsync(h, job.Id, source);
        Assert.Equal(hash, Hash(source));
        await h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var events = await h.EventsAsync(job.Id);
        var resumed = events.Last(e => e.Message.StartsWith("Segmented encode: ", StringComparison.Ordinal));
        var words = resumed.Message.Split(' ');
        var total = int.Parse(words[2], CultureInfo.InvariantCulture);
        Assert.Equal(kept, int.Parse(words[4].TrimEnd(';'), CultureInfo.InvariantCulture));
        // The retry's segment jobs (a new round) encoded only the segments the cancel had not kept, each once.
        var children = await h.Service.ListChildrenAsync(job.Id, CancellationToken.None);
        var retried = children.Where(c => (string?)c.Input["round"] != round).ToList();
        Assert.Equal(total - kept, retried.Count);
        Assert.All(retried, c => Assert.Equal(JobStatus.Succeeded, c.Status));
        Assert.Equal(total, children.Count(c => c.Status == JobStatus.Succeeded));
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
        // Kept at the cancel; then the keep is shortened to nothing (as a later start with a shorter setting would
        // see it), so the next retention pass is past it.
        var options = Options(TimeSpan.FromDays(1));
        var (h, source, hash, job) = await StartSegmentedAsync(options);
        await CancelAfterTwoCommittedAsync(h, job.Id, source);
        Assert.True(Directory.Exists(SegmentFolderOf(source, job.Id)));
        options.CancelledSegmentsKeep = TimeSpan.Zero;

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

        var children = await ChildrenAsync(h, job.Id);
        await h.WaitForEventAsync(children[0].Id, e => e.Message == "Segment 0 committed on test-node.", Slow);
        await h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        await h.WaitForStatusAsync(job.Id, JobStatus.Cancelled, Slow);
        await WaitForChildrenFinalAsync(h, job.Id);

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

    /// <summary>
    /// Cancels once two segments are committed (the segment jobs run one at a time, in order); the count kept (whole
    /// segments only, the partial one is gone) and the cancelled run's round.
    /// </summary>
    private async Task<(int Kept, string Round)> CancelAfterTwoCommittedAsync(EngineHarness h, string jobId, string source)
    {
        var children = await ChildrenAsync(h, jobId);
        await h.WaitForEventAsync(children[1].Id, e => e.Message == "Segment 1 committed on test-node.", Slow);
        await h.Service.CancelAsync(jobId, null, CancellationToken.None);
        await h.WaitForStatusAsync(jobId, JobStatus.Cancelled, Slow);
        await WaitForChildrenFinalAsync(h, jobId);
        var names = Directory.GetFiles(SegmentFolderOf(source, jobId)).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(names, n => n!.Contains(".partial.", StringComparison.Ordinal));
        Assert.DoesNotContain(SegmentPaths.RoundEntry, names);
        var committed = names.Count(n => n!.Length == "000000.mkv".Length && n.EndsWith(".mkv", StringComparison.Ordinal));
        Assert.InRange(committed, 2, 7);
        Assert.DoesNotContain(Directory.GetFiles(MediaRoot), f => TranscodePaths.IsProjectTemp(f));
        return (committed, (string)children[0].Input["round"]!);
    }

    private static async Task<IReadOnlyList<Job>> ChildrenAsync(EngineHarness h, string parentId)
    {
        await h.WaitForEventAsync(parentId, e => e.Message.EndsWith(" segment jobs submitted.", StringComparison.Ordinal), Slow);
        return [.. (await h.Service.ListChildrenAsync(parentId, CancellationToken.None)).OrderBy(c => (int)c.Input["index"]!)];
    }

    /// <summary>A cancel ends the segment jobs after their parent: each one cancelled, skipped or (if it got there first) succeeded.</summary>
    private static async Task WaitForChildrenFinalAsync(EngineHarness h, string parentId)
    {
        foreach (var child in await h.Service.ListChildrenAsync(parentId, CancellationToken.None))
        {
            Assert.Contains((await h.WaitForFinalAsync(child.Id, Slow)).Status, new[] { JobStatus.Cancelled, JobStatus.Skipped, JobStatus.Succeeded });
        }
    }

    private static string SegmentFolderOf(string source, string jobId) =>
        Path.Combine(Path.GetDirectoryName(source)!, SegmentPaths.FolderEntry(Path.GetFileName(source), jobId));
}
