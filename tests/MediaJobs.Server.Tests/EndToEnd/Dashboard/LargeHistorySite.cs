using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Sqlite;

namespace MediaJobs.Server.Tests.EndToEnd.Dashboard;

/// <summary>A server whose store already holds <see cref="JobCount"/> finished jobs, written before it starts.</summary>
public sealed class LargeHistorySite : DashboardSite
{
    public const int JobCount = 100_000;
    private const int Chunk = 5_000;

    /// <summary>The history is 7 to 30 days old: retention keeps it whole for this test.</summary>
    public LargeHistorySite()
        : base(new Dictionary<string, string> { ["MediaJobs:Retention:SucceededDays"] = "0", ["MediaJobs:Retention:FailedDays"] = "0" })
    {
    }

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        await using (var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(DataDirectory, "mediajobs.db") }, new EventFeed()))
        {
            await store.InitializeAsync(CancellationToken.None);
            var start = DateTimeOffset.UtcNow.AddDays(-30);
            for (var done = 0; done < JobCount; done += Chunk)
            {
                var jobs = Enumerable.Range(done, Chunk).Select(i => Finished(i, start.AddSeconds(i * 20))).ToList();
                await store.EnqueueAsync(jobs, null, [], CancellationToken.None);
            }
        }
        await base.InitializeAsync();
    }

    private static Job Finished(int i, DateTimeOffset created) => new()
    {
        Id = Guid.CreateVersion7(created).ToString(),
        Type = (i % 3) switch { 0 => "transcode", 1 => "pdf", _ => "video" },
        Status = i % 17 == 0 ? JobStatus.Failed : JobStatus.Succeeded,
        CreatedUtc = created,
        StartedUtc = created.AddSeconds(1),
        EndedUtc = created.AddSeconds(9),
        ProgressPct = 100,
        Input = new System.Text.Json.Nodes.JsonObject { ["path"] = $"/media/library/clip-{i:D6}.mkv" },
        Steps = [new StepRecord { Name = "work", Status = StepStatus.Succeeded, ProgressPct = 100, DurationMs = 8000 }],
    };
}
