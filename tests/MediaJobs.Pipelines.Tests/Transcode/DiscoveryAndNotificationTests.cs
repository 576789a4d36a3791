using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Notifications;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Media")]
public sealed class DiscoveryAndNotificationTests(TranscodeSources sources) : IClassFixture<TranscodeSources>, IAsyncLifetime
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(120);
    private readonly string _media = Path.Combine(Path.GetTempPath(), "mediajobs-discovery-" + Guid.NewGuid().ToString("N"));
    private EngineHarness _h = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_media);
        var roots = new MediaRoots([_media]);
        var options = new TranscodeOptions { X265Preset = "ultrafast", DetectHardware = false };
        EngineHarness? h = null;
        var transcode = new TranscodePipeline(TranscodeSources.Tools, TranscodeSources.Ffmpeg, TranscodeSources.Ffprobe, TranscodeSources.Runner,
            roots, options, new EncoderSelector(TranscodeSources.Tools, TranscodeSources.Runner, options), TimeProvider.System);
        var discovery = new TranscodeDiscoveryPipeline(TranscodeSources.Ffprobe, roots, () => h!.Service);
        h = await EngineHarness.CreateAsync(null, transcode, discovery);
        _h = h;
        await _h.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _h.DeleteFiles();
        Directory.Delete(_media, recursive: true);
    }

    [Fact]
    public async Task Discovery_FolderTree_SubmitsOneJobPerVideoIgnoringTempsBackupsAndNonVideo()
    {
        Directory.CreateDirectory(Path.Combine(_media, "a", "b"));
        File.Copy(sources.H264Mp4, Path.Combine(_media, "a", "one.mp4"));
        File.Copy(sources.HevcMkv, Path.Combine(_media, "a", "b", "two.mkv"));
        File.Copy(sources.H264Mp4, Path.Combine(_media, "a", ".one.mp4.mediajobs-tmp.0190.mp4"));
        File.Copy(sources.H264Mp4, Path.Combine(_media, "a", "one.original.mp4"));
        await File.WriteAllTextAsync(Path.Combine(_media, "a", "notes.txt"), "not a video");
        await File.WriteAllTextAsync(Path.Combine(_media, "a", "broken.mkv"), "not a video either");

        var job = await _h.SubmitAsync(new JobSubmission
        {
            Type = TranscodeDiscoveryPipeline.TypeName,
            Preset = TranscodePreset.CompressHevc,
            Input = new JsonObject { ["paths"] = new JsonArray(Path.Combine(_media, "a")) },
        });
        var done = await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var ids = done.Results["job_ids"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(3, (int?)done.Results["progress"]?["probed"]);
        Assert.Equal(3, (int?)done.Results["progress"]?["total"]);
        var jobs = new List<Job>();
        foreach (var id in ids)
        {
            jobs.Add((await _h.Store.GetAsync(id, CancellationToken.None))!);
        }
        Assert.Equal([Path.Combine(_media, "a", "b", "two.mkv"), Path.Combine(_media, "a", "one.mp4")], jobs.Select(j => (string?)j.Input["path"]).Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.Equal(TranscodePipeline.TypeName, j.Type));
        await _h.WaitForStatusAsync(jobs.Single(j => ((string)j.Input["path"]!).EndsWith("two.mkv", StringComparison.Ordinal)).Id, JobStatus.Skipped, Slow);
        await _h.WaitForStatusAsync(jobs.Single(j => ((string)j.Input["path"]!).EndsWith("one.mp4", StringComparison.Ordinal)).Id, JobStatus.Succeeded, Slow);
    }

    [Fact]
    public async Task Discovery_PathOutsideRoots_IsRejectedNamingTheIndexedField()
    {
        var ex = await Assert.ThrowsAsync<JobValidationException>(() => _h.SubmitAsync(new JobSubmission
        {
            Type = TranscodeDiscoveryPipeline.TypeName,
            Preset = TranscodePreset.CompressHevc,
            Input = new JsonObject { ["paths"] = new JsonArray(_media, _media + "/../") },
        }));

        Assert.Equal("paths[1]", ex.Field);
    }

    [Fact]
    public async Task FailedJobThenEmptyQueue_SendsWebhookAndPushoverMessages()
    {
        await using var fake = FakeHttpServer.Start();
        var options = new NotificationOptions
        {
            WebhookUrl = fake.BaseUrl + "hook",
            Pushover = new PushoverOptions { BaseUrl = fake.BaseUrl.TrimEnd('/'), Token = "app-token", User = "user-key" },
        };
        using var http = new HttpClient();
        var watcher = new QueueNotificationWatcher(_h.Service, new Notifier(http, options), options);
        var sent = Channel.CreateUnbounded<(Notification, IReadOnlyList<string>)>();
        watcher.Sent += (n, o) => sent.Writer.TryWrite((n, o));
        using var stop = new CancellationTokenSource();
        var watching = watcher.RunAsync(stop.Token);
        var broken = Path.Combine(_media, "broken.mp4");
        await File.WriteAllTextAsync(broken, "this is no video");

        var job = await _h.SubmitAsync(new JobSubmission { Type = TranscodePipeline.TypeName, Preset = TranscodePreset.CompressHevc, Input = new JsonObject { ["path"] = broken } });
        using var timeout = new CancellationTokenSource(Slow);
        var (failed, failedOutcomes) = await sent.Reader.ReadAsync(timeout.Token);
        var (drained, _) = await sent.Reader.ReadAsync(timeout.Token);

        Assert.Equal("job_failed", failed.Event);
        Assert.Equal(job.Id, failed.JobId);
        Assert.Equal(["webhook: ok", "pushover: ok"], failedOutcomes);
        Assert.Equal("queue_drained", drained.Event);
        var requests = fake.Requests.ToList();
        var hook = requests.First(r => r.Path == "/hook");
        Assert.Equal("application/json", hook.ContentType);
        Assert.Equal("job_failed", (string?)JsonNode.Parse(hook.Body)!["event"]);
        var push = requests.First(r => r.Path == "/1/messages.json");
        Assert.Equal("application/x-www-form-urlencoded", push.ContentType);
        Assert.Contains("token=app-token", push.Body, StringComparison.Ordinal);
        Assert.Contains("user=user-key", push.Body, StringComparison.Ordinal);
        Assert.Contains("message=broken.mp4", push.Body, StringComparison.Ordinal);
        Assert.Equal(4, requests.Count);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watching);
    }

    /// <summary>A loopback HTTP server that records every request and answers 200 <c>{"status":1}</c>.</summary>
    private sealed class FakeHttpServer : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        private FakeHttpServer(int port)
        {
            BaseUrl = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(BaseUrl);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public string BaseUrl { get; }

        public System.Collections.Concurrent.ConcurrentQueue<(string Path, string? ContentType, string Body)> Requests { get; } = new();

        public static FakeHttpServer Start()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return new FakeHttpServer(port);
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType?.Split(';')[0], body));
                context.Response.StatusCode = 200;
                await context.Response.OutputStream.WriteAsync("{\"status\":1}"u8.ToArray());
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            await _loop;
            _listener.Close();
        }
    }
}
