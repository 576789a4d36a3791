// Throughput of the SQLite store alone: each job is enqueued, claimed, and committed twice
// (Running progress, then Succeeded), by N concurrent workers. Args: [jobs] [workers].
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Sqlite;

var jobs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var folder = Path.Combine(Path.GetTempPath(), "mediajobs-bench-" + Guid.NewGuid().ToString("N"));
var time = TimeProvider.System;
var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(folder, "bench.db") }, new EventFeed());
await store.InitializeAsync(CancellationToken.None);

var enqueued = 0;
var finished = 0;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync($"w{w}"))));
clock.Stop();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{finished} jobs (enqueue + claim + 2 commits, 4 events each) with {workers} workers on {Environment.ProcessorCount} cores: " +
    $"{clock.Elapsed.TotalSeconds:F2} s = {finished / clock.Elapsed.TotalSeconds:F0} jobs/s"));
// Reads: pooled read-only connections, opened per call.
var ids = (await store.ListAsync(new JobQuery { Limit = 1000 }, CancellationToken.None)).Items.Select(j => j.Id).ToArray();
clock.Restart();
await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
{
    for (var i = w; i < jobs; i += workers)
    {
        _ = await store.GetAsync(ids[i % ids.Length], CancellationToken.None) ?? throw new InvalidOperationException("Job missing.");
    }
})));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{jobs} GetAsync with {workers} tasks: {clock.Elapsed.TotalSeconds:F2} s = {jobs / clock.Elapsed.TotalSeconds:F0} reads/s"));
await store.DisposeAsync();
Directory.Delete(folder, recursive: true);

async Task WorkAsync(string worker)
{
    while (true)
    {
        if (Interlocked.Increment(ref enqueued) <= jobs)
        {
            var job = new Job { Id = JobIds.New(time), Type = "noop", CreatedUtc = time.GetUtcNow(), Steps = [new JobStep { Name = "noop" }] };
            await store.EnqueueAsync([job], null, [Evt(job, JobEventTypes.JobStatus)], CancellationToken.None);
        }
        else if (Volatile.Read(ref finished) >= jobs)
        {
            return;
        }
        var now = time.GetUtcNow();
        var claimed = await store.ClaimAsync(new ClaimRequest(worker, "noop", 1, now, now.AddMinutes(1)), CancellationToken.None);
        foreach (var job in claimed)
        {
            job.Steps[0].Status = StepStatus.Running;
            await store.CommitAsync(new JobCommit(job, job.Version, [Evt(job, JobEventTypes.StepStatus)]), CancellationToken.None);
            job.Steps[0].Status = StepStatus.Succeeded;
            job.Status = JobStatus.Succeeded;
            job.EndedUtc = time.GetUtcNow();
            job.LeaseOwner = null;
            job.LeaseExpiresUtc = null;
            var done = await store.CommitAsync(
                new JobCommit(job, job.Version, [Evt(job, JobEventTypes.StepStatus), Evt(job, JobEventTypes.JobCompleted)]),
                CancellationToken.None);
            if (!done.Committed)
            {
                throw new InvalidOperationException("Lost a commit that nobody else could have made.");
            }
            Interlocked.Increment(ref finished);
        }
    }
}

NewJobEvent Evt(Job job, string type) =>
    new(job.Id, type, EventLevel.Info, type, new JsonObject { ["status"] = job.Status.ToString() }, time.GetUtcNow());
