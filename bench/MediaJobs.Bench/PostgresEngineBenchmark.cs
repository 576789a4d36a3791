using System.Diagnostics;
using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Storage.Postgres;
using MediaJobs.Testing;

namespace MediaJobs.Bench;

/// <summary>
/// The 10,000 no-op job run on PostgreSQL, with one node and with two (two engines, each with its own
/// store, pool and listener, in this process), on a private cluster with PostgreSQL's durable defaults
/// (or <c>--connection</c>). Throughput: all submitted at once (batches of 500) to the first node, first
/// enqueue to last success. Latency: enqueue → start from the log (Queued to Running event), for jobs
/// submitted one at a time into an idle queue, so with two nodes it is measured across nodes.
/// </summary>
internal static class PostgresEngineBenchmark
{
    private static int s_writerConnections;

    public static async Task<int> RunAsync(string[] args)
    {
        var jobs = Arg(args, "--jobs", 10_000);
        var latencyJobs = Arg(args, "--latency-jobs", 500);
        s_writerConnections = Arg(args, "--writer-connections", new PostgresStoreOptions().WriterConnections);
        var connection = Array.IndexOf(args, "--connection") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        await using var cluster = connection is null ? await PostgresCluster.StartAsync(durable: true) : null;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| nodes | no-op jobs, enqueue → completed | enqueue → start, idle queue p50 / p99 | during the burst p50 / p99 |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var nodes in new[] { 1, 2 })
        {
            var database = connection ?? await cluster!.CreateDatabaseAsync("bench");
            var (perSecond, seconds, burst) = await ThroughputAsync(database, nodes, jobs);
            var idle = await IdleLatencyAsync(connection ?? await cluster!.CreateDatabaseAsync("bench"), nodes, latencyJobs);
            Console.WriteLine(string.Create(c,
                $"| {nodes} | {jobs:N0} in {seconds:F2} s = **{perSecond:F0} jobs/s** | **{idle.P50:F2} ms** / {idle.P99:F2} ms | {burst.P50:F0} / {burst.P99:F0} ms |"));
        }
        var load = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0];
        Console.WriteLine(string.Create(c, $"machine: {Environment.ProcessorCount} cores, load average {load}"));
        return 0;
    }

    private static async Task<(double PerSecond, double Seconds, (double P50, double P99) Burst)> ThroughputAsync(string database, int nodeCount, int jobs)
    {
        var nodes = await StartAsync(database, nodeCount);
        try
        {
            var clock = Stopwatch.StartNew();
            var submits = new List<Task>();
            for (var i = 0; i < jobs; i += 500)
            {
                var batch = Enumerable.Range(0, Math.Min(500, jobs - i)).Select(_ => new JobSubmission { Type = NoopPipeline.TypeName }).ToList();
                submits.Add(nodes[0].Service.SubmitManyAsync(batch, batchName: null, CancellationToken.None));
            }
            await Task.WhenAll(submits);
            await nodes[0].WaitForSucceededAsync(jobs, TimeSpan.FromMinutes(10));
            var seconds = clock.Elapsed.TotalSeconds;
            var transactions = nodes.Sum(n => n.Store.Writer.Stats.Transactions);
            var ops = nodes.Sum(n => n.Store.Writer.Stats.OpsCommitted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<!-- {nodeCount} node(s): group commit wrote {ops:N0} ops in {transactions:N0} transactions ({(double)ops / Math.Max(1, transactions):F1} per transaction), busy {nodes.Sum(n => n.Store.Writer.Stats.BusyTime.TotalSeconds):F2} s -->"));
            var latencies = await StartLatenciesAsync(nodes[0].Store);
            return (jobs / seconds, seconds, (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99)));
        }
        finally
        {
            await StopAsync(nodes);
        }
    }

    private static async Task<(double P50, double P99)> IdleLatencyAsync(string database, int nodeCount, int jobs)
    {
        var nodes = await StartAsync(database, nodeCount);
        try
        {
            for (var i = 0; i < jobs; i++)
            {
                // With two nodes the second submits half: a job reaches whichever node is idle through NOTIFY.
                await nodes[i % nodes.Count].Service.SubmitAsync(new JobSubmission { Type = NoopPipeline.TypeName }, CancellationToken.None);
                await nodes[0].WaitForSucceededAsync(i + 1, TimeSpan.FromSeconds(30));
            }
            var latencies = await StartLatenciesAsync(nodes[0].Store);
            return (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
        }
        finally
        {
            await StopAsync(nodes);
        }
    }

    private static async Task<List<PostgresNode>> StartAsync(string database, int count)
    {
        var nodes = new List<PostgresNode>();
        for (var n = 0; n < count; n++)
        {
            nodes.Add(await PostgresNode.StartAsync(database, $"bench-{n}", 64, s_writerConnections));
        }
        return nodes;
    }

    private static async Task StopAsync(List<PostgresNode> nodes)
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
    }

    private static async Task<List<double>> StartLatenciesAsync(IJobStore store)
    {
        var queued = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var latencies = new List<double>();
        long after = 0;
        while (await store.ReadEventsAsync(new EventQuery(null, after, 1000), CancellationToken.None) is { Count: > 0 } page)
        {
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
        latencies.Sort();
        return latencies;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
