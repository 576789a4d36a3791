using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Service;

/// <summary>A face's own retry rules (ShrinkRay: failed jobs only, source still there) are checked by the service, on the job it retries.</summary>
[Trait("Tier", "Fast")]
public sealed class RetryRulesTests : EngineTestBase
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static ScriptedPipeline Pipeline() => new("t", ("a", (_, _) => Task.CompletedTask));

    [Fact]
    public async Task RetryAsync_StatusOutsideTheRules_IsNotRetryableWithoutARefusal()
    {
        var h = await CreateAsync(null, Pipeline());
        var job = await h.SubmitAsync("t");
        await h.Service.CancelAsync(job.Id, null, Ct);

        var outcome = await h.Service.RetryAsync(job.Id, null, new RetryRules(new HashSet<JobStatus> { JobStatus.Failed }), Ct);

        Assert.Equal((RetryResult.NotRetryable, null), (outcome.Result, outcome.Refusal));
        Assert.Equal(JobStatus.Cancelled, (await h.Service.GetAsync(job.Id, null, Ct))!.Status);
    }

    [Fact]
    public async Task RetryAsync_PreconditionRefuses_KeepsTheJobAndSaysWhy()
    {
        var h = await CreateAsync(null, Pipeline());
        var job = await h.SubmitAsync("t");
        await h.Service.CancelAsync(job.Id, null, Ct);
        var refusing = RetryRules.Default with { Refusal = j => j.Id == job.Id ? "file no longer exists" : null };

        var refused = await h.Service.RetryAsync(job.Id, null, refusing, Ct);
        var allowed = await h.Service.RetryAsync(job.Id, null, RetryRules.Default with { Refusal = _ => null }, Ct);

        Assert.Equal((RetryResult.NotRetryable, "file no longer exists"), (refused.Result, refused.Refusal));
        Assert.Equal(RetryResult.Queued, allowed.Result);
        Assert.Equal(JobStatus.Queued, (await h.Service.GetAsync(job.Id, null, Ct))!.Status);
    }
}
