using System.Diagnostics;
using MediaJobs.Media.Processes;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

[Trait("Tier", "EndToEnd")]
public sealed class CancelEncodeTests
{
    [Fact]
    public async Task Cancel_DuringLongFfmpegEncode_KillsFfmpegRemovesTempAndStreamEndsWithTerminalEvent()
    {
        await using var server = new RealServer();
        await server.StartAsync();
        var jobId = await server.SubmitRenderAsync(seconds: 600);
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var stream = await server.Client.OpenSseAsync($"/api/jobs/{jobId}/events", ct: cts.Token);
        var events = SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token).GetAsyncEnumerator(cts.Token);
        while (await events.MoveNextAsync() && !(events.Current.Type == "step-progress" && (string?)events.Current.Data?["step"] == "render"))
        {
        }
        var ffmpeg = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(jobId, StringComparison.Ordinal));

        var clock = Stopwatch.StartNew();
        using var cancel = await server.Client.PostAsync($"/api/jobs/{jobId}/cancel", null);
        SseMessage? last = null;
        SseMessage? status = null;
        var renderProgress = new List<double>();
        while (await events.MoveNextAsync())
        {
            last = events.Current.Type is null ? last : events.Current;
            status = events.Current.Type == "job-status" ? events.Current : status;
            if (events.Current.Type == "step-progress" && (string?)events.Current.Data?["step"] == "render")
            {
                renderProgress.Add((double)events.Current.Data!["progressPct"]!);
            }
        }
        var elapsed = clock.Elapsed;

        Assert.Equal(System.Net.HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the stream ended {elapsed} after the cancel");
        Assert.Equal("Cancelled", status?.Status);
        // ffmpeg's last progress block after its graceful stop says 100%: a cancelled step never reports it.
        Assert.DoesNotContain(100.0, renderProgress);
        // Aura's client ends its drawer on job-cancelled: it follows job-status Cancelled, without an id of its own.
        Assert.Equal("job-cancelled", last?.Type);
        Assert.Null(last?.Id);
        Assert.Equal("Cancelled", last?.Status);
        Assert.False(ProcessTree.IsAlive(ffmpeg), "ffmpeg still runs");
        Assert.False(Directory.Exists(server.WorkDirectory(jobId)), "the temp folder is still there");
        Assert.Equal("Cancelled", (string?)(await server.Client.GetJobAsync(jobId))["status"]);
        await events.DisposeAsync();
    }
}
