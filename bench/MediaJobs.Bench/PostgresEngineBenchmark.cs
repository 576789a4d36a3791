using System.Diagnostics;
using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Storage.Postgres;
using MediaJobs.Testing;
using Npgsql;

namespace MediaJobs.Bench;

/// <summary>
/// No-op jobs on PostgreSQL with one node and with two (the second in its own process, as a second server), on a
/// private cluster with PostgreSQL's durable defaults, or on a running one (<c>--admin</c> with an admin connection
/// string; <c>PG_POSTMASTER_PID</c> then gives the cluster's CPU). Each run takes a fresh database, warms up with
/// 10,000 jobs (<c>--warm-up</c>), then times N submitted at once (batches of 500) from first enqueue to last success, with the CPU of the
/// engine processes and of the cluster, statements and commits per job. Latency: enqueue → start from the log, for
/// jobs submitted one at a time into an idle queue.
/// </summary>
internal static class PostgresEngineBenchmark
{
    private static int s_writerConnections;
    private static int s_concurrency;
    private static int s_warmUp;

    private sealed record Throughput(double PerSecond, double EngineCpuMs, double ClusterCpuMs, double Statements, double Commits, (double P50, double P99) Burst);

    public static async Task<int> RunAsync(string[] args)
    {
        var jobs = Arg(args, "--jobs", 10_000);
        var latencyJobs = Arg(args, "--latency-jobs", 300);
        s_concurrency = Arg(args, "--concurrency", 256);
        // The JIT's background tiering runs for tens of seconds on a loaded box: steady state comes after it.
        s_warmUp = Arg(args, "--warm-up", 10_000);
        s_writerConnections = Arg(args, "--writer-connections", new PostgresStoreOptions().WriterConnections);
        var admin = Array.IndexOf(args, "--admin") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        await using var cluster = admin is null ? await PostgresCluster.StartAsync(durable: true) : null;
        admin ??= cluster!.AdminConnectionString;
        var pm = int.TryParse(Environment.GetEnvironmentVariable("PG_POSTMASTER_PID"), CultureInfo.InvariantCulture, out var pid) ? pid : (int?)null;
        var meter = new PgClusterMeter(admin, pm);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| nodes | no-op jobs/s | engine CPU / job | PostgreSQL CPU / job | statements / job | commits / job | enqueue → start, idle p50 / p99 | during the burst p50 / p99 | load |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var nodes in Arg(args, "--nodes", 0) is var only and > 0 ? [only] : new[] { 1, 2 })
        {
            var t = await ThroughputAsync(await CreateDatabaseAsync(admin), meter, nodes, jobs);
            var idle = await IdleLatencyAsync(await CreateDatabaseAsync(admin), nodes, latencyJobs);
            var load = PgClusterMeter.LoadAverage();
            Console.WriteLine(string.Create(c,
                $"| {nodes} | **{t.PerSecond:F0}** | {t.EngineCpuMs:F3} ms | {t.ClusterCpuMs:F3} ms | {t.Statements:F2} | {t.Commits:F3} | {idle.P50:F2} / {idle.P99:F2} ms | {t.Burst.P50:F0} / {t.Burst.P99:F0} ms | {load} |"));
            await Console.Error.WriteLineAsync(string.Create(c,
                $"RESULT mediajobs nodes={nodes} n={jobs} jobs_per_s={t.PerSecond:F0} engine_cpu_ms_per_job={t.EngineCpuMs:F3} pg_cpu_ms_per_job={t.ClusterCpuMs:F3} statements_per_job={t.Statements:F2} commits_per_job={t.Commits:F3} idle_p50_ms={idle.P50:F2} idle_p99_ms={idle.P99:F2} load={load}"));
        }
        Console.WriteLine(string.Create(c, $"machine: {Environment.ProcessorCount} cores, load average {PgClusterMeter.LoadAverage()}"));
        return 0;
    }

    /// <summary>The second node's side of a run (see <see cref="PostgresWorkerProcess"/>).</summary>
    public static Task<int> RunNodeAsync(string[] args) => PostgresWorkerProcess.RunNodeAsync(args);

    private static async Task<Throughput> ThroughputAsync(string database, PgClusterMeter meter, int nodeCount, int jobs)
    {
        var name = new NpgsqlConnectionStringBuilder(database).Database!;
        await using var nodes = await Nodes.StartAsync(database, nodeCount);
        await SubmitAsync(nodes.First, s_warmUp);
        await nodes.First.WaitForSucceededAsync(s_warmUp, TimeSpan.FromMinutes(5));
        var before = await meter.ReadAsync(name);
        var cpu = nodes.CpuSeconds;
        var clock = Stopwatch.StartNew();
        await SubmitAsync(nodes.First, jobs);
        await nodes.First.WaitForSucceededAsync(s_warmUp + jobs, TimeSpan.FromMinutes(10));
        var seconds = clock.Elapsed.TotalSeconds;
        var engineCpu = nodes.CpuSeconds - cpu;
        var after = await meter.ReadAsync(name);
        var latencies = (await StartLatenciesAsync(nodes.First.Store)).Skip(s_warmUp).Order().ToList();
        return new Throughput(jobs / seconds, engineCpu * 1000 / jobs, (after.ClusterCpuSeconds - before.ClusterCpuSeconds) * 1000 / jobs,
            (double)(after.Statements - before.Statements) / jobs, (double)(after.Commits - before.Commits) / jobs,
            (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99)));
    }

    private static async Task<(double P50, double P99)> IdleLatencyAsync(string database, int nodeCount, int jobs)
    {
        await using var nodes = await Nodes.StartAsync(database, nodeCount);
        for (var i = 0; i < jobs; i++)
        {
            await nodes.First.Service.SubmitAsync(new JobSubmission { Type = NoopPipeline.TypeName }, CancellationToken.None);
            await nodes.First.WaitForSucceededAsync(i + 1, TimeSpan.FromSeconds(30));
        }
        // The first ones pay for the JIT.
        var latencies = (await StartLatenciesAsync(nodes.First.Store)).Skip(Math.Min(20, jobs / 10)).Order().ToList();
        return (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
    }

    private static async Task SubmitAsync(PostgresNode node, int jobs)
    {
        var submits = new List<Task>();
        for (var i = 0; i < jobs; i += 500)
        {
            var batch = Enumerable.Range(0, Math.Min(500, jobs - i)).Select(_ => new JobSubmission { Type = NoopPipeline.TypeName }).ToList();
            submits.Add(node.Service.SubmitManyAsync(batch, batchName: null, CancellationToken.None));
        }
        await Task.WhenAll(submits);
    }

    private static async Task<string> CreateDatabaseAsync(string admin)
    {
        var name = "mj_" + Guid.NewGuid().ToString("N")[..10];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    /// <summary>Queued → Running per job, in log order.</summary>
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
        return latencies;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    /// <summary>The first node in this process, a second one (when asked) in its own.</summary>
    private sealed class Nodes : IAsyncDisposable
    {
        private PostgresWorkerProcess? _second;

        private Nodes(PostgresNode first) => First = first;

        public PostgresNode First { get; }

        public double CpuSeconds => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds + (_second?.CpuSeconds ?? 0);

        public static async Task<Nodes> StartAsync(string database, int count)
        {
            var nodes = new Nodes(await PostgresNode.StartAsync(database, "bench-0", s_concurrency, s_writerConnections));
            if (count > 1)
            {
                nodes._second = await PostgresWorkerProcess.StartAsync(database, "bench-1", s_concurrency, s_writerConnections);
            }
            return nodes;
        }

        public async ValueTask DisposeAsync()
        {
            if (_second is not null)
            {
                await _second.DisposeAsync();
            }
            await First.DisposeAsync();
        }
    }
}
