using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Auth.CrossKey;

/// <summary>
/// A server with keys alice, bob and root (admin) where alice owns jobs of every registered type: real runs
/// (an artifact, a no-op, a cached transformer, a native and a Secretary batch, a job still running) and, for
/// every type, a finished job written straight into the store with results, an output file and a log line that
/// all carry <see cref="Marker"/>. Bob owns a few jobs of his own, among them the same transformer with
/// <c>use_cache</c>. Nothing of alice's may reach bob.
/// </summary>
public sealed class CrossKeyServer : IAsyncLifetime
{
    public const string TransformerText = "The board approved the budget. The launch moves to May. Alice owns the rollout.";

    public string Marker { get; } = "alice-secret-" + Guid.NewGuid().ToString("N");

    public MediaJobsServerFactory Factory { get; } = new(null, new Dictionary<string, string?>
    {
        ["MediaJobs:Auth:Keys:0:Id"] = "alice",
        ["MediaJobs:Auth:Keys:0:Key"] = AuthServerFixture.AliceKey,
        ["MediaJobs:Auth:Keys:1:Id"] = "bob",
        ["MediaJobs:Auth:Keys:1:Key"] = AuthServerFixture.BobKey,
        ["MediaJobs:Auth:Keys:2:Id"] = "root",
        ["MediaJobs:Auth:Keys:2:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AuthServerFixture.RootKey))),
        ["MediaJobs:Auth:Keys:2:Admin"] = "true",
    });

    public HttpClient Alice { get; private set; } = null!;

    public HttpClient Bob { get; private set; } = null!;

    /// <summary>Alice's job ids; the running one is <see cref="AliceRunning"/>.</summary>
    public List<string> AliceJobs { get; } = [];

    public List<string> AliceBatches { get; } = [];

    public string AliceRunning { get; private set; } = "";

    public string AliceTransformer { get; private set; } = "";

    public List<string> BobJobs { get; } = [];

    public string BobTransformer { get; private set; } = "";

    /// <summary>Bob's transformer as he read it once it ended (the walk's clear may remove it later).</summary>
    public JsonObject BobTransformerJob { get; private set; } = [];

    public IReadOnlyCollection<string> Types => Factory.Services.GetRequiredService<PipelineRegistry>().Types;

    public async Task InitializeAsync()
    {
        Alice = Client(AuthServerFixture.AliceKey);
        Bob = Client(AuthServerFixture.BobKey);
        AliceTransformer = await Alice.SubmitAsync(Transformer());
        AliceJobs.Add(AliceTransformer);
        AliceJobs.Add(await Alice.SubmitAsync("""{"type":"test","preset":"artifact"}"""));
        AliceJobs.Add(await Alice.SubmitNoopAsync());
        AliceBatches.Add(await BatchAsync("/api/jobs/batch", """{"name":"alice's","jobs":[{"type":"noop"}]}""", "batchId"));
        AliceBatches.Add(await BatchAsync("/compat/secretary/api/jobs/batch",
            $$$"""{"batch_name":"alice's","jobs":[{"job_type":"transformer","parameters":{"text":"{{{Marker}}}"}}]}""", "data", "batch_id"));
        foreach (var type in Types)
        {
            AliceJobs.Add(await PlantFinishedJobAsync(type));
        }
        foreach (var id in AliceJobs.ToList())
        {
            await Alice.WaitForFinalAsync(id);
        }
        AliceRunning = await Alice.SubmitAsync("""{"type":"test","preset":"block"}""");
        await Alice.WaitForRunningAsync(AliceRunning);
        AliceJobs.Add(AliceRunning);
        AliceJobs.AddRange(await BatchJobsAsync());

        BobTransformer = await Bob.SubmitAsync(Transformer());
        BobJobs.Add(BobTransformer);
        BobJobs.Add(await Bob.SubmitAsync("""{"type":"test","preset":"artifact"}"""));
        foreach (var id in BobJobs)
        {
            await Bob.WaitForFinalAsync(id);
        }
        BobTransformerJob = await Bob.GetJobAsync(BobTransformer);
    }

    public HttpClient Client(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static string Transformer() =>
        new JsonObject { ["type"] = "transformer", ["inputs"] = new JsonObject { ["text"] = TransformerText, ["use_cache"] = true } }.ToJsonString();

    public async Task DisposeAsync()
    {
        await Alice.CancelAndWaitAsync(AliceRunning);
        await Factory.DisposeAsync();
    }

    private async Task<string> BatchAsync(string url, string json, params string[] idPath)
    {
        using var response = await Alice.PostJsonAsync(url, json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, text);
        JsonNode node = JsonNode.Parse(text)!;
        foreach (var step in idPath)
        {
            node = node[step]!;
        }
        return (string)node!;
    }

    /// <summary>The jobs of alice's batches (read as alice).</summary>
    private async Task<List<string>> BatchJobsAsync()
    {
        var ids = new List<string>();
        foreach (var batch in AliceBatches)
        {
            var body = await Alice.GetJsonAsync($"/api/jobs/batch/{batch}");
            ids.AddRange(body["jobs"]!.AsArray().Select(j => (string)j!["jobId"]!));
        }
        foreach (var id in ids)
        {
            await Alice.WaitForFinalAsync(id);
        }
        return ids;
    }

    /// <summary>A Succeeded job of <paramref name="type"/> for alice, written as a finished run would leave it.</summary>
    private async Task<string> PlantFinishedJobAsync(string type)
    {
        var services = Factory.Services;
        var time = TimeProvider.System;
        var layout = services.GetRequiredService<DataLayout>();
        var pipeline = services.GetRequiredService<PipelineRegistry>().Find(type)!;
        var id = JobIds.New(time);
        var output = Path.Combine(layout.OutputDirectory(id), "secret.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, Marker);
        var now = time.GetUtcNow();
        var job = new Job
        {
            Id = id,
            Type = type,
            Preset = pipeline.Presets[0],
            Input = new JsonObject { ["note"] = Marker, ["path"] = "/media/" + Marker + ".mkv", ["text"] = Marker },
            Status = JobStatus.Succeeded,
            Owner = "alice",
            CorrelationId = Marker,
            CreatedUtc = now,
            StartedUtc = now,
            EndedUtc = now,
            ProgressPct = 100,
            Attempt = 1,
            Message = Marker,
            Steps = [new StepRecord { Name = "work", Status = StepStatus.Succeeded, ProgressPct = 100 }],
            Output = [new JobArtifact("secret.txt", layout.ToRelative(output), Marker.Length, type == "video" ? "video/mp4" : "text/plain", "work")],
            Results = new JsonObject { ["secret"] = Marker, ["text"] = Marker, ["input_path"] = Marker },
        };
        var logLine = new NewJobEvent(id, JobEventTypes.Log, EventLevel.Info, Marker, new JsonObject { ["message"] = Marker }, now);
        var done = new NewJobEvent(id, JobEventTypes.JobCompleted, EventLevel.Success, "Job succeeded", new JsonObject { ["status"] = "Succeeded" }, now);
        await services.GetRequiredService<IJobStore>().EnqueueAsync([job], null, [logLine, done], CancellationToken.None);
        return id;
    }
}
