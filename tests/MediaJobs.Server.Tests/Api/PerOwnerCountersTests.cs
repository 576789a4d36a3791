using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Api;

/// <summary>
/// Issue 10, finding 9: bytes saved are counted per owner. A key sees the sums of its own jobs on <c>/api/stats</c> and
/// on ShrinkRay's stats route; an admin key sees the totals.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class PerOwnerCountersTests(PerOwnerCountersTests.Server server) : IClassFixture<PerOwnerCountersTests.Server>
{
    private readonly HttpClient _alice = server.Client("key-alice-0123456789");
    private readonly HttpClient _bob = server.Client("key-bob-0123456789");
    private readonly HttpClient _root = server.Client("key-root-0123456789");

    [Fact]
    public async Task Stats_JobsOfTwoKeysSaveBytes_EachKeySeesItsOwnSumsAndTheAdminTheTotals()
    {
        await _alice.WaitForFinalAsync(await _alice.SubmitAsync("""{"type":"counting","inputs":{"bytes":1000}}"""));
        await _bob.WaitForFinalAsync(await _bob.SubmitAsync("""{"type":"counting","inputs":{"bytes":30}}"""));

        Assert.Equal((1000, 1000), Native(await _alice.GetJsonAsync("/api/stats")));
        Assert.Equal((30, 30), Native(await _bob.GetJsonAsync("/api/stats")));
        Assert.Equal((1030, 1030), Native(await _root.GetJsonAsync("/api/stats")));
        Assert.Equal((1000, 1000), ShrinkRay(await _alice.GetJsonAsync("/compat/shrinkray/api/stats")));
        Assert.Equal((30, 30), ShrinkRay(await _bob.GetJsonAsync("/compat/shrinkray/api/stats")));
        Assert.Equal((1030, 1030), ShrinkRay(await _root.GetJsonAsync("/compat/shrinkray/api/stats")));

        using var reset = await _root.PostAsync("/api/stats/reset-session", null);
        reset.EnsureSuccessStatusCode();

        Assert.Equal((0, 1000), Native(await _alice.GetJsonAsync("/api/stats")));
        Assert.Equal((0, 1030), ShrinkRay(await _root.GetJsonAsync("/compat/shrinkray/api/stats")));
    }

    private static (long Session, long Lifetime) Native(JsonObject stats) =>
        (stats["counters"]!["bytesSaved"]!["session"]!.GetValue<long>(), stats["counters"]!["bytesSaved"]!["lifetime"]!.GetValue<long>());

    private static (long Session, long Lifetime) ShrinkRay(JsonObject stats) =>
        (stats["session_saved"]!.GetValue<long>(), stats["lifetime_saved"]!.GetValue<long>());

    /// <summary>Three keys (alice, bob, admin root) and the <see cref="CountingPipeline"/> job type.</summary>
    public sealed class Server : IDisposable
    {
        private readonly MediaJobsServerFactory _base = new(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Auth:Keys:0:Id"] = "alice",
            ["MediaJobs:Auth:Keys:0:Key"] = "key-alice-0123456789",
            ["MediaJobs:Auth:Keys:1:Id"] = "bob",
            ["MediaJobs:Auth:Keys:1:Key"] = "key-bob-0123456789",
            ["MediaJobs:Auth:Keys:2:Id"] = "root",
            ["MediaJobs:Auth:Keys:2:Key"] = "key-root-0123456789",
            ["MediaJobs:Auth:Keys:2:Admin"] = "true",
        });

        private readonly WebApplicationFactory<Program> _factory;

        public Server() => _factory = _base.WithWebHostBuilder(b =>
            b.ConfigureTestServices(services => services.AddSingleton<IJobPipeline, CountingPipeline>()));

        public HttpClient Client(string key)
        {
            var client = _factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            return client;
        }

        public void Dispose()
        {
            _factory.Dispose();
            _base.Dispose();
        }
    }

    /// <summary>Job type <c>counting</c>: one step that records <c>inputs.bytes</c> as the job's bytes saved.</summary>
    private sealed class CountingPipeline : IJobPipeline
    {
        public string Type => "counting";

        public IReadOnlyList<string> Presets { get; } = ["default"];

        public IReadOnlyList<string> Prepare(JobSubmission submission) => ["count"];

        public IJobStep GetStep(string name) => new CountStep();

        private sealed class CountStep : IJobStep
        {
            public string Name => "count";

            public Task ExecuteAsync(StepContext context, CancellationToken ct)
            {
                context.SetCounter(TranscodeCounters.BytesSaved, (long)context.Job.Input["bytes"]!);
                return Task.CompletedTask;
            }
        }
    }
}
