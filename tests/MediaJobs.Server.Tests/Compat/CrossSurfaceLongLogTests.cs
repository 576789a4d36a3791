using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Tests.Compat.CrossSurface;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Regression: Secretary and TextToVideo built their logs from the first 1000 events only, progress ticks
/// included, so a long job's logs stopped partway and never showed its latest lines (nor its end).
/// </summary>
[Trait("Tier", "Media")]
public sealed class CrossSurfaceLongLogTests(CrossSurfaceServer server) : IClassFixture<CrossSurfaceServer>
{
    /// <summary>More progress ticks than one 1000-event page, as a long encode or OCR run writes.</summary>
    private const int Ticks = 1200;
    private const string LatestLine = "The latest line of a long job";

    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task LogPastOnePage_SecretaryAndTextToVideoLogs_AreStillTheWholeLogWithoutTicks()
    {
        using (var pause = await _client.PostAsync("/api/queue/pause", null))
        {
            pause.EnsureSuccessStatusCode();
        }
        try
        {
            SurfaceProbe[] probes = [new TextToVideoProbe(), new SecretaryProbe(server.Pdf)];
            foreach (var probe in probes)
            {
                var id = await probe.CreateAsync(_client);
                await AppendTicksThenALineAsync(id);

                var logs = (await probe.ReadAsync(_client, id)).Events!;

                var native = await _client.ReadAllEventsAsync(id);
                Assert.True(native.Count > Ticks, $"the native log holds every tick ({native.Count} events)");
                JsonSequence.Equal(probe.ExpectedEvents(native)!, logs, $"{probe.Name} logs of {id}");
                Assert.Contains(LatestLine, logs[^1]!.ToJsonString(), StringComparison.Ordinal);
                await _client.CancelAndWaitAsync(id);
            }
        }
        finally
        {
            using var resume = await _client.PostAsync("/api/queue/resume", null);
            resume.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Writes what a long run writes (many progress ticks, then a log line) into the queued job's log.</summary>
    private async Task AppendTicksThenALineAsync(string id)
    {
        var store = server.Factory.Services.GetRequiredService<IJobStore>();
        var job = (await store.GetAsync(id, CancellationToken.None))!;
        var now = DateTimeOffset.UtcNow;
        var events = Enumerable.Range(1, Ticks)
            .Select(i => new NewJobEvent(id, JobEventTypes.StepProgress, EventLevel.Info, $"work: {i * 100.0 / Ticks:0.0}%",
                new JsonObject { ["correlationId"] = job.CorrelationId, ["step"] = "work", ["progressPct"] = i * 100.0 / Ticks }, now))
            .Append(new NewJobEvent(id, JobEventTypes.Log, EventLevel.Info, LatestLine, new JsonObject { ["correlationId"] = job.CorrelationId, ["message"] = LatestLine }, now))
            .ToList();
        var result = await store.CommitAsync(new JobCommit(job, job.Version, events), CancellationToken.None);
        Assert.False(result.Conflict);
    }
}
