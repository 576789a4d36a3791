using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

// Queue control, retry and clear, as the Shrinkray UI drives them.
public sealed partial class ShrinkRayCompatTests
{
    [Fact]
    public async Task PauseResume_CancelPending_ThenClearCancelled_StreamsRemoved()
    {
        var source = server.CopySource("Cancel-" + Guid.NewGuid().ToString("N"));
        using var paused = await _client.PostAsync($"{Base}/api/queue/pause", null);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("""{"paused":true,"requeued":0}""", await paused.Content.ReadAsStringAsync());
        string id;
        try
        {
            id = await SubmitTranscodeAsync(source);
            var pending = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");
            Assert.Equal(JobFields, pending.Select(p => p.Key));
            Assert.Equal("pending", (string?)pending["status"]);
            Assert.Equal(0, pending["progress"]!.GetValue<double>());
            Assert.Null(pending["started_at"]);

            using var cancel = await _client.DeleteAsync($"{Base}/api/jobs/{id}");
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
            Assert.Equal("""{"status":"cancelled"}""", await cancel.Content.ReadAsStringAsync());
            Assert.Equal("cancelled", (string?)(await _client.GetJsonAsync($"{Base}/api/jobs/{id}"))["status"]);

            using var retry = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
            Assert.Equal(HttpStatusCode.BadRequest, retry.StatusCode);
            Assert.Equal("""{"error":"job is not in failed state"}""", await retry.Content.ReadAsStringAsync());
        }
        finally
        {
            using var resumed = await _client.PostAsync($"{Base}/api/queue/resume", null);
            Assert.Equal("""{"paused":false}""", await resumed.Content.ReadAsStringAsync());
        }

        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var stream = await _client.OpenSseAsync($"{Base}/api/jobs/stream", ct: cts.Token);
        var messages = SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token).GetAsyncEnumerator(cts.Token);
        var init = await NextDataAsync(messages);
        Assert.Contains(init["jobs"]!.AsArray(), j => (string?)j!["id"] == id && (string?)j["status"] == "cancelled");

        using var bad = await _client.PostAsync($"{Base}/api/jobs/clear?status=bogus", null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["error"], (await bad.ReadJsonAsync()).Select(p => p.Key));
        using var clear = await _client.PostAsync($"{Base}/api/jobs/clear?status=cancelled", null);
        var cleared = await clear.ReadJsonAsync();
        Assert.Equal(["cleared", "message"], cleared.Select(p => p.Key));
        Assert.True((int)cleared["cleared"]! >= 1);
        Assert.Equal($"Cleared {(int)cleared["cleared"]!} jobs", (string?)cleared["message"]);

        JsonObject removed;
        do
        {
            removed = await WaitForTypeAsync(messages, "removed");
        }
        while ((string?)removed["job"]!["id"] != id);
        Assert.Equal("""{"type":"removed","job":{"id":"ID"}}""".Replace("ID", id, StringComparison.Ordinal), removed.ToJsonString());
        using var gone = await _client.GetAsync($"{Base}/api/jobs/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Retry_FailedJob_400WhileFileMissing_ThenNewJobObjectAndComplete()
    {
        var source = server.CopySource("Retry-" + Guid.NewGuid().ToString("N"));
        var parked = source + ".parked";
        await PauseAsync();
        string id;
        try
        {
            id = await SubmitTranscodeAsync(source);
            File.Move(source, parked);
        }
        finally
        {
            await ResumeAsync();
        }
        var events = await _client.ReadJobEventsAsync(id, timeout: TranscodeTimeout);
        Assert.Equal("job-failed", events.Last(m => m.Type is not null).Type);
        var failed = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");
        Assert.Equal("failed", (string?)failed["status"]);
        Assert.False(string.IsNullOrEmpty((string?)failed["error"]));

        using var missing = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("""{"error":"file no longer exists"}""", await missing.Content.ReadAsStringAsync());

        File.Move(parked, source);
        using var retry = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var job = await retry.ReadJsonAsync();
        Assert.Equal(JobFields, job.Select(p => p.Key));
        Assert.Equal("pending", (string?)job["status"]);
        Assert.Equal("compress-hevc", (string?)job["preset_id"]);
        // The seed's retry answers a new job: not started, no progress (the failed attempt's are not carried over).
        Assert.Equal(0, job["progress"]!.GetValue<double>());
        Assert.Null(job["started_at"]);

        await _client.WaitForFinalAsync(id);
        Assert.Equal("complete", (string?)(await _client.GetJsonAsync($"{Base}/api/jobs/{id}"))["status"]);
    }

    [Fact]
    public async Task ClearWithoutStatus_RemovesEveryNonRunningJob()
    {
        using var clear = await _client.PostAsync($"{Base}/api/jobs/clear", null);

        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        var body = await clear.ReadJsonAsync();
        Assert.Equal(["cleared", "message"], body.Select(p => p.Key));
        Assert.True((int)body["cleared"]! >= 0);
        Assert.Equal($"Cleared {(int)body["cleared"]!} jobs", (string?)body["message"]);
    }

    [Fact]
    public async Task Clear_LeavesJobsOfOtherSurfacesAlone()
    {
        var other = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(other);

        using var clear = await _client.PostAsync($"{Base}/api/jobs/clear?status=complete", null);

        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Equal("Succeeded", (string?)(await _client.GetJobAsync(other))["status"]);
    }

    internal static async Task<(int Code, string Output)> RunAsync(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
