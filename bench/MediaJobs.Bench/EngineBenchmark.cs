using System.Diagnostics;
using System.Globalization;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Diagnostics;

namespace MediaJobs.Bench;

/// <summary>
/// 10,000 no-op jobs through the SQLite engine. Throughput: all submitted at once, timed from the
/// first enqueue to the last completion. Latency: jobs submitted one at a time into an idle queue,
/// enqueue-to-start (the job's Queued event to its Running event, both stamped by the engine's clock). Baseline: the same store writes a job costs
/// (enqueue, claim, two commits) issued straight at the store with no engine around them.
/// </summary>
internal static class EngineBenchmark
{
    // The SQLite writer thread's name as the kernel keeps it (15 characters).
    private const string SqliteWriterThread = "MediaJobs SQLit";

    public static async Task<int> RunAsync(string[] args)
    {
        var jobs = ArgValue(args, "--jobs", 10_000);
        var latencyJobs = ArgValue(args, "--latency-jobs", 1_000);
        var concurrency = ArgValue(args, "--concurrency", 64);
        var warmUp = ArgValue(args, "--warm-up", 10_000);

        var baseline = args.Contains("--no-baseline") ? double.NaN : await StoreFloorAsync(jobs, concurrency);
        var (throughput, queuedLatency, cpu) = await ThroughputAsync(jobs, concurrency, warmUp);
        var (p50, p99) = latencyJobs > 0 ? await IdleLatencyAsync(latencyJobs, concurrency) : (double.NaN, double.NaN);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(c, $"| no-op jobs, enqueue → completed | {jobs:N0} jobs in {jobs / throughput:F2} s = **{throughput:F0} jobs/s** |"));
        Console.WriteLine(string.Create(c, $"| engine process CPU per job (submit, engine, store; after a {warmUp:N0}-job warm-up) | **{cpu.ProcessMs:F3} ms** |"));
        Console.WriteLine(string.Create(c, $"| SQLite writer thread CPU per job (same jobs) | **{cpu.WriterUs:F0} µs** |"));
        Console.WriteLine(string.Create(c, $"| baseline: the same writes straight on the store, one job per enqueue, 64 tasks, no engine | {baseline:F0} jobs/s |"));
        Console.WriteLine(string.Create(c, $"| engine / baseline throughput | {throughput / baseline:F2}× |"));
        Console.WriteLine(string.Create(c, $"| enqueue → start, idle queue ({latencyJobs:N0} jobs one at a time) | **p50 {p50:F2} ms**, p99 {p99:F2} ms |"));
        Console.WriteLine(string.Create(c, $"| enqueue → start, during the {jobs:N0}-job burst (includes queueing) | p50 {queuedLatency.P50:F0} ms, p99 {queuedLatency.P99:F0} ms |"));
        Console.WriteLine(string.Create(c, $"| machine | {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average {PgClusterMeter.LoadAverage()} |"));
        return 0;
    }

    private static async Task<(double JobsPerSecond, (double P50, double P99) Latency, (double ProcessMs, double WriterUs) Cpu)> ThroughputAsync(
        int jobs, int concurrency, int warmUp)
    {
        await using var env = await BenchEnvironment.CreateAsync(concurrency);
        await env.Engine.StartAsync(CancellationToken.None);
        // Warm-up (the JIT and its background tiering), not timed: the first jobs of a process cost several times the steady state.
        for (var i = 0; i < warmUp; i += 500)
        {
            await env.Service.SubmitManyAsync([.. Enumerable.Range(0, Math.Min(500, warmUp - i)).Select(_ => new JobSubmission { Type = NoopPipeline.TypeName })], batchName: null, CancellationToken.None);
        }
        await env.WaitForSucceededAsync(warmUp, TimeSpan.FromMinutes(5));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var writerCpu = ThreadCpu.SecondsOf(SqliteWriterThread);
        var clock = Stopwatch.StartNew();
        const int chunk = 500;
        var submits = new List<Task>();
        for (var i = 0; i < jobs; i += chunk)
        {
            var batch = Enumerable.Range(0, Math.Min(chunk, jobs - i))
                .Select(_ => new JobSubmission { Type = NoopPipeline.TypeName }).ToList();
            submits.Add(env.Service.SubmitManyAsync(batch, batchName: null, CancellationToken.None));
        }
        await Task.WhenAll(submits);
        await env.WaitForSucceededAsync(warmUp + jobs, TimeSpan.FromMinutes(5));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / jobs;
        var writerUs = (ThreadCpu.SecondsOf(SqliteWriterThread) - writerCpu) * 1e6 / jobs;
        var latencies = (await StartLatenciesAsync(env.Store, warmUp + jobs)).Skip(warmUp).Order().ToList();
        return (jobs / seconds, (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99)), (cpuMs, writerUs));
    }

    private static async Task<(double P50, double P99)> IdleLatencyAsync(int jobs, int concurrency)
    {
        await using var env = await BenchEnvironment.CreateAsync(concurrency);
        await env.Engine.StartAsync(CancellationToken.None);
        for (var i = 0; i < jobs; i++)
        {
            await env.Service.SubmitAsync(new JobSubmission { Type = NoopPipeline.TypeName }, CancellationToken.None);
            await env.WaitForSucceededAsync(i + 1, TimeSpan.FromSeconds(30));
        }
        var latencies = (await StartLatenciesAsync(env.Store, jobs)).Order().ToList();
        return (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
    }

    /// <summary>Enqueue → start per job, in log order, from the log itself: the Queued event to the Running event.</summary>
    private static async Task<List<double>> StartLatenciesAsync(IJobStore store, int jobs)
    {
        var queued = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var latencies = new List<double>(jobs);
        long after = 0;
        while (true)
        {
            var page = await store.ReadEventsAsync(new EventQuery(null, after, 1000), CancellationToken.None);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var e in page.Where(e => e.Type == JobEventTypes.JobStatus))
            {
                var status = (string?)e.Payload["status"];
                if (status == "Queued")
                {
                    queued.TryAdd(e.JobId, e.TimestampUtc);
                }
                else if (status == "Running" && queued.Remove(e.JobId, out var at))
                {
                    latencies.Add((e.TimestampUtc - at).TotalMilliseconds);
                }
            }
            after = page[^1].Id;
        }
        return latencies;
    }

    /// <summary>The floor: a job's store writes (enqueue, claim, two commits) from concurrent workers, no engine.</summary>
    private static async Task<double> StoreFloorAsync(int jobs, int concurrency)
    {
        await using var env = await BenchEnvironment.CreateAsync(concurrency);
        var store = env.Store;
        var pipeline = new NoopPipeline();
        var clock = Stopwatch.StartNew();
        var remaining = jobs;
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var now = DateTimeOffset.UtcNow;
                var job = new Job
                {
                    Id = JobIds.New(TimeProvider.System),
                    Type = pipeline.Type,
                    CreatedUtc = now,
                    Steps = [new StepRecord { Name = "noop-1" }],
                };
                await store.EnqueueAsync([job], null, JobTransitions.Submitted(job, now), CancellationToken.None);
                var claimed = await store.ClaimAsync(new ClaimRequest($"floor/{w}", pipeline.Type, 1, now, now.AddMinutes(1)), CancellationToken.None);
                foreach (var c in claimed)
                {
                    var events = JobTransitions.Started(c, now).Concat(JobTransitions.StepStarted(c, c.Steps[0], now)).ToList();
                    await store.CommitAsync(new JobCommit(c, c.Version, events), CancellationToken.None);
                    var end = JobTransitions.StepSucceeded(c, c.Steps[0], now).Concat(JobTransitions.Succeeded(c, p => p, now)).ToList();
                    await store.CommitAsync(new JobCommit(c, c.Version, end), CancellationToken.None);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        return jobs / clock.Elapsed.TotalSeconds;
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
