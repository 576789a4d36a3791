using MediaJobs.Core.Jobs;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>
/// Issue 23: the lease is renewed on its own thread, so a thread pool with every thread blocked for longer than the
/// lease does not cost a running job its lease (which another node would then take over, or the watchdog stop).
/// </summary>
[Trait("Tier", "Fast")]
[Collection(ProcessWideCollection.Name)]
public sealed class LeaseKeeperStarvationTests : EngineTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Renewal_ThreadPoolBlockedLongerThanTheLease_LeaseNeverRunsOut()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new ScriptedPipeline("t", ("work", async (_, ct) =>
        {
            started.TrySetResult();
            await finish.Task.WaitAsync(ct);
        }
        ));
        var h = await StartAsync(o => o.LeaseDuration = Lease, pipeline);
        var job = await h.SubmitAsync("t");
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        // On a thread of its own: every thread-pool thread is blocked, so this test's own continuations could not run.
        var shortest = TimeSpan.MaxValue;
        var samples = 0;
        var sampler = new Thread(() =>
        {
            // Not disposed: blocked work items still wait on it after this thread ends.
            var release = new ManualResetEventSlim();
            for (var i = 0; i < 256; i++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(_ => release.Wait(), null);
            }
            var until = DateTimeOffset.UtcNow + Lease * 2;
            while (DateTimeOffset.UtcNow < until)
            {
                var read = h.Store.GetAsync(job.Id, CancellationToken.None);
                if (read.Wait(TimeSpan.FromSeconds(1)) && read.Result?.LeaseExpiresUtc is { } expires)
                {
                    var left = expires - DateTimeOffset.UtcNow;
                    shortest = left < shortest ? left : shortest;
                    samples++;
                }
                release.Wait(TimeSpan.FromMilliseconds(100));
            }
            release.Set();
        });
        sampler.Start();
        await Task.Run(sampler.Join);
        finish.SetResult();
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.True(samples >= 10, $"only {samples} lease samples");
        Assert.True(shortest > TimeSpan.Zero, $"the lease ran out during the starvation ({shortest} left at worst)");
        Assert.True(shortest > Lease / 3, $"renewals stalled: {shortest} left at worst");
        Assert.Equal(1, pipeline.RunsOf("work"));
        Assert.DoesNotContain(done.Warnings, w => w.Code == "WorkerLost");
    }
}
