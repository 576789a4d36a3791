using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

// What metrics and traces need from a store: the job's traceparent kept, and counts per type and status.
public abstract partial class JobStoreConformanceTests
{
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    [Fact]
    public async Task TraceParent_EnqueueCommitAndReopen_RoundTrips()
    {
        var store = await NewStoreAsync();
        var traced = NewJob();
        traced.TraceParent = TraceParent;
        var untraced = NewJob();
        await EnqueueAsync(store, traced, untraced);
        traced.Message = "changed";
        Assert.True((await store.CommitAsync(new JobCommit(traced, traced.Version, []), Ct)).Committed);

        var reopened = await ReopenAsync(store);

        Assert.Equal(TraceParent, (await reopened.GetAsync(traced.Id, Ct))!.TraceParent);
        Assert.Null((await reopened.GetAsync(untraced.Id, Ct))!.TraceParent);
    }

    [Fact]
    public async Task CountJobsAsync_MixedTypesAndStatuses_CountsEachPair()
    {
        var store = await NewStoreAsync();
        var videoQueued = NewJob("video");
        var videoQueued2 = NewJob("video");
        var videoFailed = NewJob("video");
        videoFailed.Status = JobStatus.Failed;
        var pdfQueued = NewJob("pdf");
        await EnqueueAsync(store, videoQueued, videoQueued2, videoFailed, pdfQueued);

        var counts = await store.CountJobsAsync(Ct);

        Assert.Equal(
            [new JobCount("pdf", JobStatus.Queued, 1), new JobCount("video", JobStatus.Failed, 1), new JobCount("video", JobStatus.Queued, 2)],
            counts.OrderBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Status.ToString(), StringComparer.Ordinal));
    }
}
