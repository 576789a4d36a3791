using System.Collections.Concurrent;
using System.Net;
using MediaJobs.Server.Tests.Support;
using ModelContextProtocol;

namespace MediaJobs.Server.Tests.Mcp;

/// <summary>An agent's view: the SDK's client lists the tools, submits a real diagnostics job, waits with progress, reads the result.</summary>
[Trait("Tier", "Media")]
public sealed class McpEndpointTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    [Fact]
    public async Task DiagnosticsJob_SubmitWaitWithProgressAndReadResults()
    {
        using var http = factory.CreateClient();
        await using var client = await McpTestClient.ConnectAsync(http);

        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();
        Assert.Superset(new HashSet<string> { "submit_diagnostics", "submit_video", "submit_transcode", "submit_pdf", "submit_noop", "get_job", "list_jobs", "wait_for_job", "cancel_job", "retry_job", "get_job_results" }, tools.ToHashSet());

        var submitted = (await client.CallToolAsync("submit_diagnostics", new Dictionary<string, object?>
        {
            ["preset"] = "test-pattern",
            ["inputs"] = new Dictionary<string, object> { ["durationSec"] = 1, ["width"] = 160, ["height"] = 120 },
        })).Json();
        var jobId = (string)submitted["jobId"]!;
        var notes = new ConcurrentQueue<ProgressNotificationValue>();
        var waited = (await client.CallToolAsync("wait_for_job", new Dictionary<string, object?> { ["jobId"] = jobId, ["timeoutSeconds"] = 60 },
            new SynchronousProgress(notes.Enqueue))).Json();
        var results = (await client.CallToolAsync("get_job_results", new Dictionary<string, object?> { ["jobId"] = jobId })).Json();

        Assert.Equal("Succeeded", (string?)waited["status"]);
        // The client may hand notifications over out of order; the server sent each value once, rising, up to 100.
        var values = notes.Select(n => n.Progress).ToList();
        Assert.True(values.Count >= 2, $"{values.Count} progress notifications");
        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.Equal(100, values.Max());
        Assert.All(notes, n => Assert.Equal(100, n.Total));
        Assert.Equal(160, (int)results["results"]!["probe"]!["width"]!);
        Assert.Equal("h264", (string?)results["results"]!["probe"]!["videoCodec"]);
        var file = results["files"]!.AsArray().Single(f => ((string)f!["mediaType"]!).StartsWith("video/", StringComparison.Ordinal))!;
        var bytes = await http.GetByteArrayAsync(new Uri((string)file["downloadUrl"]!).PathAndQuery);
        Assert.Equal((long)file["sizeBytes"]!, bytes.Length);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
    }

    [Fact]
    public async Task SubmitWithBadInput_IsAToolErrorWithTheApisMessage()
    {
        using var http = factory.CreateClient();
        await using var client = await McpTestClient.ConnectAsync(http);
        using var api = await http.PostJsonAsync("/api/jobs", """{"type":"diagnostics","inputs":{"width":9000}}""");
        var problem = await api.AssertProblemAsync(HttpStatusCode.BadRequest);

        var before = (int)(await client.CallToolAsync("list_jobs", new Dictionary<string, object?>())).Json()["total"]!;

        var result = await client.CallToolAsync("submit_diagnostics", new Dictionary<string, object?> { ["inputs"] = new Dictionary<string, object> { ["width"] = 9000 } });

        Assert.True(result.IsError);
        Assert.Contains((string)problem["detail"]!, result.Text(), StringComparison.Ordinal);
        Assert.Contains((string)problem["field"]!, result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, (int)(await client.CallToolAsync("list_jobs", new Dictionary<string, object?>())).Json()["total"]!);
    }

    [Fact]
    public async Task CancelAndRetry_AnswerLikeTheApi()
    {
        using var http = factory.CreateClient();
        await using var client = await McpTestClient.ConnectAsync(http);
        var id = await http.SubmitAsync("""{"type":"test","preset":"block"}""");
        await http.WaitForRunningAsync(id);

        var cancelled = (await client.CallToolAsync("cancel_job", new Dictionary<string, object?> { ["jobId"] = id })).Json();
        var final = (await client.CallToolAsync("wait_for_job", new Dictionary<string, object?> { ["jobId"] = id, ["timeoutSeconds"] = 20 })).Json();
        var again = await client.CallToolAsync("cancel_job", new Dictionary<string, object?> { ["jobId"] = id });
        var retried = (await client.CallToolAsync("retry_job", new Dictionary<string, object?> { ["jobId"] = id })).Json();
        var unknown = await client.CallToolAsync("get_job", new Dictionary<string, object?> { ["jobId"] = "nope" });

        Assert.Equal(id, (string?)cancelled["jobId"]);
        Assert.Equal("Cancelled", (string?)final["status"]);
        Assert.True(again.IsError);
        Assert.Contains("there is nothing to cancel", again.Text(), StringComparison.Ordinal);
        Assert.Equal("Queued", (string?)retried["currentStatus"]);
        Assert.True(unknown.IsError);
        Assert.Contains("No job with id 'nope'.", unknown.Text(), StringComparison.Ordinal);
        await http.CancelAndWaitAsync(id);
    }

    /// <summary>Progress&lt;T&gt; posts to a synchronization context; this records on the notifying thread.</summary>
    private sealed class SynchronousProgress(Action<ProgressNotificationValue> report) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => report(value);
    }
}
