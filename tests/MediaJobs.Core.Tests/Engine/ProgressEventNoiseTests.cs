using System.Diagnostics;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>The event log carries a progress event only when it says something new (issue 24: "mux 59.3 %" 13 times in a row).</summary>
[Trait("Tier", "Fast")]
public sealed class ProgressEventNoiseTests : EngineTestBase
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Progress_SamePercentAndDetailsForManyIntervals_WritesOneEvent()
    {
        var events = await RunAsync(async ctx =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 400)
            {
                ctx.ReportProgress(59.3, new JsonObject { ["stage"] = "mux" });
                ctx.ReportProgress(59.26, new JsonObject { ["stage"] = "mux" }); // rounds to the same 59.3
                await Task.Delay(2);
            }
            ctx.ReportProgress(100, new JsonObject { ["stage"] = "mux" });
        });

        Assert.Equal([59.3, 100], events.Select(Percent));
    }

    [Fact]
    public async Task Progress_OnlyDetailsMoveAtOnePercent_AtMostOneEventPerSecondAndTheLastDetailsKept()
    {
        var last = 0;
        var elapsed = TimeSpan.Zero;
        var events = await RunAsync(async ctx =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 1300)
            {
                ctx.ReportProgress(12.5, new JsonObject { ["fps"] = ++last });
                await Task.Delay(2);
            }
            elapsed = clock.Elapsed;
        });

        // One at the start, at most one per whole second after it, one when the step ends with new details.
        Assert.InRange(events.Count, 2, 2 + (int)elapsed.TotalSeconds);
        Assert.All(events, e => Assert.Equal(12.5, Percent(e)));
        Assert.Equal(last, (int)events[^1].Payload["details"]!["fps"]!);
    }

    [Fact]
    public async Task Progress_ReportsThatJitterAndRepeat_NoTwoConsecutiveEventsAlike()
    {
        double[] reports = [5, 5.01, 4.9, 5.04, 5, 20, 19.95, 20.02, 20, 33.3, 33.33, 100, 100];
        var events = await RunAsync(async ctx =>
        {
            foreach (var percent in reports)
            {
                ctx.ReportProgress(percent, new JsonObject { ["stage"] = "encode" });
                await Task.Delay(Interval * 2);
            }
        });

        Assert.Equal(100, Percent(events[^1]));
        for (var i = 1; i < events.Count; i++)
        {
            Assert.False(
                Percent(events[i]) == Percent(events[i - 1]) && JsonNode.DeepEquals(events[i].Payload["details"], events[i - 1].Payload["details"]),
                $"events {i - 1} and {i} say the same: {events[i].Message}");
            Assert.True(Percent(events[i]) >= Percent(events[i - 1]), "progress never goes back within a run");
        }
    }

    private static double Percent(JobEvent e) => (double)e.Payload["progressPct"]!;

    private async Task<List<JobEvent>> RunAsync(Func<MediaJobs.Core.Pipelines.StepContext, Task> step)
    {
        var pipeline = new ScriptedPipeline("t", ("encode", (ctx, _) => step(ctx)));
        var h = await StartAsync(o => o.ProgressInterval = Interval, pipeline);
        var job = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);
        return [.. (await h.EventsAsync(job.Id)).Where(e => e.Type == JobEventTypes.StepProgress)];
    }
}
