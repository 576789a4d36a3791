using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Engine;

[Trait("Tier", "Fast")]
public sealed class JobEngineSchedulingTests : EngineTestBase
{

    [Fact]
    public async Task Dispatch_HigherPriority_RunsBeforeOlderLowerPriority()
    {
        var order = new List<string>();
        var pipeline = new ScriptedPipeline("t", ("a", (ctx, _) =>
        {
            lock (order)
            {
                order.Add(ctx.Job.Id);
            }
            return Task.CompletedTask;
        }
        ));
        var h = await CreateAsync(null, pipeline);
        await h.Service.PauseAsync(CancellationToken.None);
        var low = await h.SubmitAsync("t", priority: 0);
        var high = await h.SubmitAsync("t", priority: 10);
        await h.StartAsync();

        await h.Service.ResumeAsync(CancellationToken.None);
        await h.WaitForStatusAsync(low.Id, JobStatus.Succeeded);

        Assert.Equal([high.Id, low.Id], order);
    }

    [Fact]
    public async Task Dispatch_ConcurrencyLimitOne_NeverRunsTwoJobsOfTheTypeAtOnce()
    {
        var current = 0;
        var peak = 0;
        var pipeline = new ScriptedPipeline("t", ("a", async (_, ct) =>
        {
            var now = Interlocked.Increment(ref current);
            InterlockedMax(ref peak, now);
            await Task.Yield();
            await Task.Delay(20, ct);
            Interlocked.Decrement(ref current);
        }
        ));
        var h = await CreateAsync(o => o.Concurrency["t"] = 1, pipeline);
        await h.StartAsync();

        var jobs = new List<Job>();
        for (var i = 0; i < 6; i++)
        {
            jobs.Add(await h.SubmitAsync("t"));
        }
        foreach (var job in jobs)
        {
            await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);
        }

        Assert.Equal(1, peak);
    }

    [Fact]
    public async Task Progress_ReportedThousandsOfTimes_IsCoalescedToFewEvents()
    {
        var pipeline = new ScriptedPipeline("t", ("encode", async (ctx, ct) =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var i = 0;
            while (clock.ElapsedMilliseconds < 500)
            {
                ctx.ReportProgress(Math.Min(100, ++i / 1000.0));
                if (i % 1000 == 0)
                {
                    await Task.Yield();
                }
            }
            ctx.ReportProgress(100);
            await Task.CompletedTask;
        }
        ));
        var h = await CreateAsync(o => o.ProgressInterval = TimeSpan.FromMilliseconds(100), pipeline);
        await h.StartAsync();

        var job = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        var progress = (await h.EventsAsync(job.Id)).Where(e => e.Type == JobEventTypes.StepProgress).ToList();
        Assert.InRange(progress.Count, 2, 12);
        Assert.Equal(100, (double)progress[^1].Payload["progressPct"]!);
    }

    [Fact]
    public async Task Progress_LastReportChangesOnlyItsDetails_IsStillWritten()
    {
        EngineHarness? h = null;
        var pipeline = new ScriptedPipeline("t", ("encode", async (ctx, _) =>
        {
            ctx.ReportProgress(100, new System.Text.Json.Nodes.JsonObject { ["stage"] = "encoding" });
            // The first report is in the store before the second, which changes only the details.
            await h!.WaitForEventAsync(ctx.Job.Id, e => e.Type == JobEventTypes.StepProgress);
            ctx.ReportProgress(100, new System.Text.Json.Nodes.JsonObject { ["stage"] = "done", ["transcode_secs"] = 1.5 });
        }
        ));
        h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal("done", (string?)done.Results["progress"]?["stage"]);
    }

    [Fact]
    public async Task Submit_UnknownPreset_IsRejectedNamingTheField()
    {
        var h = await CreateAsync(null, new ScriptedPipeline("t", ("a", (_, _) => Task.CompletedTask)));

        var ex = await Assert.ThrowsAsync<Core.Errors.JobValidationException>(() => h.SubmitAsync("t", preset: "nope"));

        Assert.Equal("preset", ex.Field);
        Assert.Contains("default", ex.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
