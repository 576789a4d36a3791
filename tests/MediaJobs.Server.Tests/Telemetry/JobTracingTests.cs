using System.Diagnostics;
using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Tests.Webhooks;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>
/// Traces through the server's own OpenTelemetry pipeline into an in-process collector: one trace
/// per job with one span per step, the submitter's traceparent continued, the correlation id on every span.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class JobTracingTests : IAsyncLifetime
{
    private TracedServer _traced = null!;

    public async Task InitializeAsync() => _traced = await TracedServer.StartAsync();

    [Fact]
    public async Task ThreeNoopJobs_EachIsOneTraceWithOneSpanPerStep()
    {
        string[] ids = [await _traced.Client.SubmitNoopAsync(steps: 2), await _traced.Client.SubmitNoopAsync(steps: 3), await _traced.Client.SubmitNoopAsync(steps: 1)];
        int[] steps = [2, 3, 1];

        foreach (var id in ids)
        {
            await _traced.Client.WaitForFinalAsync(id);
        }
        await _traced.Spans.WaitForAsync(_ => ids.All(id => _traced.Spans.OfJob(id).Any(IsRun)), ApiClient.Timeout);

        var traces = new HashSet<ActivityTraceId>();
        for (var i = 0; i < ids.Length; i++)
        {
            var job = await _traced.Client.GetJobAsync(ids[i]);
            var mine = _traced.Spans.OfJob(ids[i]);
            var run = Assert.Single(mine, IsRun);
            var stepSpans = mine.Where(s => s.DisplayName.StartsWith("step ", StringComparison.Ordinal)).ToList();
            Assert.Equal(steps[i], stepSpans.Count);
            Assert.Equal(Enumerable.Range(1, steps[i]).Select(n => $"noop-{n}"), stepSpans.OrderBy(s => s.StartTimeUtc).Select(s => (string?)s.GetTagItem(MediaJobsTracing.StepTag)));
            Assert.All(stepSpans, s => Assert.Equal(run.SpanId, s.ParentSpanId));
            Assert.All(mine, s => Assert.Equal(run.TraceId, s.TraceId));
            Assert.All(mine, s => Assert.Equal((string?)job["correlationId"], s.GetTagItem(MediaJobsTracing.CorrelationIdTag)));
            Assert.Equal("succeeded", run.GetTagItem("mediajobs.outcome"));
            traces.Add(run.TraceId);
        }
        Assert.Equal(ids.Length, traces.Count);
    }

    [Fact]
    public async Task SubmitWithTraceparent_RunContinuesThatTrace_AndTheWebhookCarriesIt()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var parent = $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs")
        {
            Content = new StringContent(WebhookTestKit.NoopWithWebhook(_traced.Receiver.Url(), steps: 1), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", parent);
        request.Headers.Add("X-Correlation-ID", "trace-test-1");
        using var response = await _traced.Client.SendAsync(request);
        var id = (string)(await response.ReadJsonAsync())["jobId"]!;

        await _traced.Client.WaitForFinalAsync(id);
        ReceivedWebhook hook;
        do
        {
            hook = await _traced.Receiver.NextAsync();
        }
        while (hook.Phase() != "completed");
        await _traced.Spans.WaitForAsync(_ => _traced.Spans.OfJob(id).Any(IsRun) && _traced.Spans.OfJob(id).Any(s => s.DisplayName == "webhook completed"), ApiClient.Timeout);

        var run = Assert.Single(_traced.Spans.OfJob(id), IsRun);
        Assert.Equal(traceId, run.TraceId);
        Assert.Equal("trace-test-1", run.GetTagItem(MediaJobsTracing.CorrelationIdTag));
        var sent = hook.Header(WebhookDispatcher.TraceParentHeader);
        Assert.NotNull(sent);
        Assert.Matches($"^00-{traceId}-[0-9a-f]{{16}}-01$", sent);
        // The submit request's span, the run, its step, the deliveries and their HTTP calls: one trace, one correlation id
        // (the receiver's own server span is in the trace too, but it is another app's).
        var ours = _traced.Spans.Ended.Where(s => s.TraceId == traceId
            && (s.Source.Name != "Microsoft.AspNetCore" || s.GetTagItem("url.path") as string == "/api/jobs")).ToList();
        Assert.Contains(ours, s => s.Kind == ActivityKind.Server);
        Assert.Contains(ours, s => s.Kind == ActivityKind.Client && s.ParentSpanId != default);
        Assert.All(ours, s => Assert.Equal("trace-test-1", s.GetTagItem(MediaJobsTracing.CorrelationIdTag)));
    }

    private static bool IsRun(Activity span) => span.DisplayName.StartsWith("job ", StringComparison.Ordinal);

    public async Task DisposeAsync() => await _traced.DisposeAsync();
}
