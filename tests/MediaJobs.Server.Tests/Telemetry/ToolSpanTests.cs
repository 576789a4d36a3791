using MediaJobs.Core.Diagnostics;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>A real diagnostics job: FFmpeg and ffprobe runs are child spans of the steps that ran them.</summary>
[Trait("Tier", "Media")]
public sealed class ToolSpanTests : IAsyncLifetime
{
    private TracedServer _traced = null!;

    public async Task InitializeAsync() => _traced = await TracedServer.StartAsync();

    [Fact]
    public async Task DiagnosticsJob_ToolRunsAreChildSpansOfTheirSteps_WithTheCorrelationId()
    {
        var id = await _traced.Client.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":0.5,"width":160,"height":120}}""");
        var job = await _traced.Client.WaitForFinalAsync(id);
        Assert.Equal("Succeeded", (string?)job["status"]);
        await _traced.Spans.WaitForAsync(_ => _traced.Spans.OfJob(id).Any(s => s.DisplayName.StartsWith("job ", StringComparison.Ordinal)), ApiClient.Timeout);

        var trace = _traced.Spans.OfJob(id)[0].TraceId;
        var spans = _traced.Spans.Ended.Where(s => s.TraceId == trace).ToList();
        var render = Assert.Single(spans, s => s.DisplayName == "step render");
        var tools = spans.Where(s => s.DisplayName.StartsWith("tool ", StringComparison.Ordinal)).ToList();

        Assert.Contains(tools, t => t.DisplayName == "tool ffmpeg" && t.ParentSpanId == render.SpanId && (string?)t.GetTagItem("process.exit.code") == "0");
        Assert.All(tools, t => Assert.Contains(spans, s => s.SpanId == t.ParentSpanId && s.DisplayName.StartsWith("step ", StringComparison.Ordinal)));
        Assert.All(spans.Where(s => s.Source.Name == MediaJobsTracing.SourceName), s => Assert.Equal((string?)job["correlationId"], s.GetTagItem(MediaJobsTracing.CorrelationIdTag)));
    }

    public async Task DisposeAsync() => await _traced.DisposeAsync();
}
