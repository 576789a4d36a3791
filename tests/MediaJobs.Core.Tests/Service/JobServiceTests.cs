using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Service;

/// <summary>The facade every surface calls: validation before storage, owner scoping, and the control outcomes.</summary>
[Trait("Tier", "Fast")]
public sealed class JobServiceTests : EngineTestBase
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static ScriptedPipeline Pipeline() => new("t", ("a", (_, _) => Task.CompletedTask));

    [Fact]
    public async Task SubmitManyAsync_OneBadSubmission_StoresNothingAndNamesItsIndexedField()
    {
        var h = await CreateAsync(null, Pipeline());

        var error = await Assert.ThrowsAsync<JobValidationException>(() => h.Service.SubmitManyAsync(
            [new JobSubmission { Type = "t" }, new JobSubmission { Type = "t", Preset = "nope" }], "batch", Ct));

        Assert.Equal("jobs[1].preset", error.Field);
        Assert.Equal(0, (await h.Service.GetStatsAsync(null, Ct)).Total);
    }

    [Fact]
    public async Task SubmitAsync_UnknownType_NamesTheFieldAndTheKnownTypes()
    {
        var h = await CreateAsync(null, Pipeline());

        var error = await Assert.ThrowsAsync<JobValidationException>(() => h.SubmitAsync("video"));

        Assert.Equal("type", error.Field);
        Assert.Contains("Known types: t", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_NoPreset_TakesThePipelinesFirstAndTheConfiguredAttempts()
    {
        var h = await CreateAsync(o => o.MaxAttempts = 4, Pipeline());

        var job = await h.SubmitAsync("t");

        Assert.Equal("default", job.Preset);
        Assert.Equal(4, job.MaxAttempts);
        Assert.Equal(JobStatus.Queued, job.Status);
        Assert.Equal(["a"], job.Steps.Select(s => s.Name));
        Assert.False(string.IsNullOrEmpty(job.CorrelationId));
    }

    [Fact]
    public async Task GetAsync_AnotherOwnersOrAMalformedId_IsNotFound()
    {
        var h = await CreateAsync(null, Pipeline());
        var job = await h.SubmitAsync(new JobSubmission { Type = "t", Owner = "alice" });

        Assert.NotNull(await h.Service.GetAsync(job.Id, "alice", Ct));
        Assert.NotNull(await h.Service.GetAsync(job.Id, null, Ct));
        Assert.Null(await h.Service.GetAsync(job.Id, "bob", Ct));
        Assert.Null(await h.Service.GetAsync("../etc/passwd", null, Ct));
    }

    [Fact]
    public async Task CancelAsync_QueuedJob_IsCancelledAtOnceAndAnotherOwnerGetsNotFound()
    {
        var h = await CreateAsync(null, Pipeline());
        var job = await h.SubmitAsync(new JobSubmission { Type = "t", Owner = "alice" });

        var bobs = await h.Service.CancelAsync(job.Id, "bob", Ct);
        var alices = await h.Service.CancelAsync(job.Id, "alice", Ct);
        var again = await h.Service.CancelAsync(job.Id, "alice", Ct);

        Assert.Equal(CancelResult.NotFound, bobs.Result);
        Assert.Equal(CancelResult.Cancelled, alices.Result);
        Assert.Equal(CancelResult.AlreadyFinal, again.Result);
        Assert.Equal(JobStatus.Cancelled, (await h.Service.GetAsync(job.Id, null, Ct))!.Status);
    }

    [Fact]
    public async Task RetryAsync_QueuedJob_IsNotRetryableButACancelledOneIsQueuedAgain()
    {
        var h = await CreateAsync(null, Pipeline());
        var job = await h.SubmitAsync("t");

        var early = await h.Service.RetryAsync(job.Id, null, Ct);
        await h.Service.CancelAsync(job.Id, null, Ct);
        var retried = await h.Service.RetryAsync(job.Id, null, Ct);

        Assert.Equal(RetryResult.NotRetryable, early.Result);
        Assert.Equal(RetryResult.Queued, retried.Result);
        Assert.Equal(JobStatus.Queued, (await h.Service.GetAsync(job.Id, null, Ct))!.Status);
    }

    [Fact]
    public async Task ResetSessionStatsAsync_Counters_ZeroesEveryOwnersSessionAndKeepsLifetime()
    {
        var h = await CreateAsync(null, Pipeline());
        await h.Store.AddToCountersAsync("alice", new Dictionary<string, long> { ["saved"] = 10 }, Ct);
        await h.Store.AddToCountersAsync("bob", new Dictionary<string, long> { ["saved"] = 5 }, Ct);

        await h.Service.ResetSessionStatsAsync(Ct);

        Assert.Equal(new CounterTotals(0, 15), (await h.Service.GetStatsAsync(null, Ct)).Counter("saved"));
        Assert.Equal(new CounterTotals(0, 10), (await h.Service.GetStatsAsync("alice", Ct)).Counter("saved"));
    }
}
