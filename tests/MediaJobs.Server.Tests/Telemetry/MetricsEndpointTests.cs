using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> after real jobs: each test class has its own server, and each server its own meter
/// (from its <c>IMeterFactory</c>), so counts are exact even while other test servers run jobs.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class MetricsEndpointTests : IDisposable
{
    private readonly MediaJobsServerFactory _factory = new();
    private readonly HttpClient _client;

    public MetricsEndpointTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task Scrape_AfterThreeNoopJobs_CountsThemAndHasDurationHistograms()
    {
        string[] ids = [await _client.SubmitNoopAsync(steps: 2), await _client.SubmitNoopAsync(steps: 2), await _client.SubmitNoopAsync(steps: 2)];
        foreach (var id in ids)
        {
            Assert.Equal("Succeeded", (string?)(await _client.WaitForFinalAsync(id))["status"]);
        }

        var scrape = await ScrapeAsync();

        Assert.Contains("mediajobs_jobs_finished_total{outcome=\"succeeded\",type=\"noop\"} 3", scrape.Text, StringComparison.Ordinal);
        Assert.Equal(3, scrape.Value("mediajobs_jobs_started_total", "type=noop"));
        Assert.Equal(3, scrape.Value("mediajobs_claims_total", "type=noop"));
        Assert.Equal(3, scrape.Value("mediajobs_job_duration_seconds_count", "type=noop", "outcome=succeeded"));
        Assert.Equal(3, scrape.Value("mediajobs_job_duration_seconds_bucket", "type=noop", "outcome=succeeded", "le=+Inf"));
        // Two steps per job, each its own series by step name.
        Assert.Equal(3, scrape.Value("mediajobs_step_duration_seconds_count", "type=noop", "step=noop-1", "outcome=succeeded"));
        Assert.Equal(3, scrape.Value("mediajobs_step_duration_seconds_count", "type=noop", "step=noop-2", "outcome=succeeded"));
        Assert.Equal(3, scrape.Value("mediajobs_queue_jobs", "type=noop", "status=Succeeded"));
        Assert.Null(scrape.Value("mediajobs_jobs_finished_total", "type=noop", "outcome=failed"));
        Assert.DoesNotContain(scrape.Samples(), s => s.Labels.Values.Any(v => ids.Contains(v)));
    }

    [Fact]
    public async Task Scrape_FailedAndRetriedJob_CountsFailureByCodeAndManualRetry()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"fail"}""");
        Assert.Equal("Failed", (string?)(await _client.WaitForFinalAsync(id))["status"]);
        var code = (string)(await _client.GetJobAsync(id))["errors"]![0]!["code"]!;
        using (var retry = await _client.PostAsync($"/api/jobs/{id}/retry", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        }
        Assert.Equal("Failed", (string?)(await _client.WaitForFinalAsync(id))["status"]);

        var scrape = await ScrapeAsync();

        Assert.Equal(2, scrape.Value("mediajobs_jobs_finished_total", "type=test", "outcome=failed"));
        Assert.Equal(2, scrape.Value("mediajobs_job_failures_total", "type=test", $"code={code}"));
        Assert.Equal(1, scrape.Value("mediajobs_job_retries_total", "type=test", "kind=manual"));
        Assert.Equal(2, scrape.Value("mediajobs_step_duration_seconds_count", "type=test", "step=work", "outcome=failed"));
    }

    [Fact]
    public async Task Scrape_WhileAStreamIsOpen_CountsTheSubscriber()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using (var stream = await _client.OpenSseAsync($"/api/jobs/{id}/events", ct: cts.Token))
        {
            Assert.Equal(1, (await ScrapeAsync()).Value("mediajobs_event_stream_subscribers", "scope=job"));
        }
        await _client.CancelAndWaitAsync(id);
        // The server notices the closed stream at its next write (a heartbeat within 0.2 s); wait for that, not a fixed time.
        await WaitUntilAsync(async () => (await ScrapeAsync()).Value("mediajobs_event_stream_subscribers", "scope=job") == 0);
    }

    [Fact]
    public async Task Scrape_OfAnotherServerInTheSameProcess_DoesNotSeeThisServersJobs()
    {
        using var other = new MediaJobsServerFactory();
        using var otherClient = other.CreateClient();
        Assert.NotNull((await ScrapeAsync(otherClient)).Text);
        var id = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(id);

        var mine = await ScrapeAsync();
        var theirs = await ScrapeAsync(otherClient);

        Assert.Equal(1, mine.Value("mediajobs_jobs_finished_total", "type=noop", "outcome=succeeded"));
        Assert.Null(theirs.Value("mediajobs_jobs_finished_total", "type=noop", "outcome=succeeded"));
    }

    private Task<PrometheusText> ScrapeAsync() => ScrapeAsync(_client);

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(ApiClient.Timeout);
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
