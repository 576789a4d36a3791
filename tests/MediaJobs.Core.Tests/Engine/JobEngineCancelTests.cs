using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Engine;

[Trait("Tier", "Fast")]
public sealed class JobEngineCancelTests : EngineTestBase
{
    private readonly TaskCompletionSource _stepEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A step that blocks until its token fires, leaving a temp file in the work folder.</summary>
    private ScriptedPipeline BlockingPipeline() => new("t",
        ("first", (_, _) => Task.CompletedTask),
        ("block", async (ctx, ct) =>
        {
            await File.WriteAllTextAsync(Path.Combine(ctx.WorkDirectory, "partial.tmp"), "half", ct);
            _stepEntered.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        }
    ),
        ("last", (_, _) => Task.CompletedTask));

    [Fact]
    public async Task Cancel_RunningJob_EndsCancelledAndRemovesWorkFolder()
    {
        var h = await StartAsync(BlockingPipeline());
        var job = await h.SubmitAsync("t");
        await _stepEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var outcome = await h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        var cancelled = await h.WaitForStatusAsync(job.Id, JobStatus.Cancelled);

        Assert.Equal(CancelResult.Requested, outcome.Result);
        Assert.Equal(StepStatus.Cancelled, cancelled.FindStep("block")!.Status);
        Assert.Equal(StepStatus.Pending, cancelled.FindStep("last")!.Status);
        Assert.False(Directory.Exists(h.Layout.WorkDirectory(job.Id)));
        var events = await h.EventsAsync(job.Id);
        Assert.True(JobEventTypes.IsTerminal(events[^1]));
    }

    [Fact]
    public async Task Cancel_QueuedJob_IsCancelledAtOnce()
    {
        var h = await StartAsync(BlockingPipeline());
        var running = await h.SubmitAsync("t");
        await _stepEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var queued = await h.SubmitAsync("t");

        var outcome = await h.Service.CancelAsync(queued.Id, null, CancellationToken.None);

        Assert.Equal(CancelResult.Cancelled, outcome.Result);
        Assert.Equal(JobStatus.Cancelled, (await h.Store.GetAsync(queued.Id, CancellationToken.None))!.Status);
        await h.Service.CancelAsync(running.Id, null, CancellationToken.None);
    }

    [Fact]
    public async Task Cancel_FinishedJob_ReportsAlreadyFinal()
    {
        var h = await StartAsync(new ScriptedPipeline("t", ("a", (_, _) => Task.CompletedTask)));
        var job = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        var outcome = await h.Service.CancelAsync(job.Id, null, CancellationToken.None);

        Assert.Equal(CancelResult.AlreadyFinal, outcome.Result);
    }

    [Fact]
    public async Task Retry_AfterCancel_ResumesAtCancelledStep()
    {
        var block = true;
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new ScriptedPipeline("t",
            ("first", (_, _) => Task.CompletedTask),
            ("block", async (_, ct) =>
            {
                entered.TrySetResult();
                if (block)
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
            }
        ));
        var h = await StartAsync(pipeline);
        var job = await h.SubmitAsync("t");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        await h.WaitForStatusAsync(job.Id, JobStatus.Cancelled);

        block = false;
        await h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(1, pipeline.RunsOf("first"));
        Assert.Equal(2, pipeline.RunsOf("block"));
    }

    [Fact]
    public async Task Pause_WhileRunning_RequeuesAtFrontWithoutCountingAttempt_ResumeFinishes()
    {
        var block = true;
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new ScriptedPipeline("t", ("block", async (_, ct) =>
        {
            entered.TrySetResult();
            if (Volatile.Read(ref block))
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
        }
        ));
        var h = await StartAsync(pipeline);
        var first = await h.SubmitAsync("t");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await h.SubmitAsync("t", priority: 0);

        await h.Service.PauseAsync(CancellationToken.None);
        var requeued = await h.WaitForStatusAsync(first.Id, JobStatus.Queued);
        Volatile.Write(ref block, false);

        Assert.Equal(0, requeued.Attempt);
        Assert.True(h.Service.IsPaused);
        Assert.Equal(JobStatus.Queued, (await h.Store.GetAsync(second.Id, CancellationToken.None))!.Status);

        await h.Service.ResumeAsync(CancellationToken.None);
        var done = await h.WaitForStatusAsync(first.Id, JobStatus.Succeeded);
        await h.WaitForStatusAsync(second.Id, JobStatus.Succeeded);
        Assert.Equal(1, done.Attempt);
        Assert.True(done.EndedUtc <= (await h.Store.GetAsync(second.Id, CancellationToken.None))!.StartedUtc, "the paused job went back to the front");
    }

    [Fact]
    public async Task Clear_NeverRemovesRunningJobs()
    {
        var h = await StartAsync(BlockingPipeline());
        var running = await h.SubmitAsync("t");
        await _stepEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var removed = await h.Service.ClearAsync([JobStatus.Running, JobStatus.Queued], null, null, CancellationToken.None);

        Assert.DoesNotContain(running.Id, removed);
        Assert.NotNull(await h.Store.GetAsync(running.Id, CancellationToken.None));
        await h.Service.CancelAsync(running.Id, null, CancellationToken.None);
    }
}
