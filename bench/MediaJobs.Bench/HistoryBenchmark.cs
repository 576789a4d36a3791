using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres;
using MediaJobs.Storage.Sqlite;
using MediaJobs.Testing;

namespace MediaJobs.Bench;

/// <summary>
/// A long history: seeds finished jobs through the store (<c>EnqueueAsync</c>, batches of 5,000; 100,000 then
/// grown to 1,000,000) on SQLite and on a private PostgreSQL cluster, then times every list form through the
/// store, p50/p99 of <c>--samples</c> calls each, at each size, and (unless <c>--http false</c>) the same forms as
/// <c>GET /api/jobs</c> round trips to a real server process over the same data (<see cref="HistoryHttp"/>). Costs
/// should stay flat as the history grows.
/// </summary>
internal static class HistoryBenchmark
{
    private const int SeedBatch = 5_000;
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Types = ["video", "transcode", "document"];
    private static readonly string?[] Owners = [null, "key-1", "key-2", "key-3"];

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = Value(args, "--sizes", "100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var stores = Value(args, "--stores", "sqlite,postgres").Split(',');
        var samples = int.Parse(Value(args, "--samples", "100"), CultureInfo.InvariantCulture);
        var bulk = Value(args, "--seed", "store") == "sql";
        var http = Value(args, "--http", "true") == "true";
        foreach (var kind in stores)
        {
            await using var owned = await OpenAsync(kind);
            var seeded = 0;
            foreach (var size in sizes)
            {
                var clock = Stopwatch.StartNew();
                await (bulk ? owned.BulkSeed(seeded, size) : SeedAsync(owned.Store, seeded, size));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"\n### {kind}, {size:N0} jobs (seeded {size - seeded:N0} more {(bulk ? "by INSERT … SELECT" : "through EnqueueAsync")} in {clock.Elapsed.TotalSeconds:F0} s)\n"));
                seeded = size;
                await using var server = http ? await HistoryHttp.StartAsync(owned.ServerData, owned.ServerSettings) : null;
                await MeasureAsync(owned.Store, server, size, samples);
            }
        }
        var load = (await File.ReadAllTextAsync("/proc/loadavg")).Trim();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nmachine: {Environment.ProcessorCount} cores, load average {load}"));
        return 0;
    }

    /// <summary>Job i of the history: its time, type, owner, status, batch and input follow from i alone.</summary>
    private static Job JobAt(int i)
    {
        var job = new Job
        {
            Id = $"{T0.AddMilliseconds(i).ToUnixTimeMilliseconds():x12}-hist-{i:D8}",
            Type = Types[i % Types.Length],
            Owner = Owners[i / 7 % Owners.Length],
            CreatedUtc = T0.AddMilliseconds(i),
            EndedUtc = T0.AddMilliseconds(i + 500),
            Status = (i % 20) switch { 0 => JobStatus.Failed, 1 => JobStatus.Cancelled, 2 => JobStatus.Skipped, _ => JobStatus.Succeeded },
            BatchId = i % 100 < 10 ? $"batch-{i / 100:D6}" : null,
            CorrelationId = "bench",
            ProgressPct = 100,
        };
        job.Input = new JsonObject { ["path"] = $"/media/library/show{i % 1000:D4}/episode-{i:D7}.mkv", ["preset"] = "hevc-medium" };
        return job;
    }

    private static async Task SeedAsync(IJobStore store, int from, int to)
    {
        for (var start = from; start < to; start += SeedBatch)
        {
            var jobs = Enumerable.Range(start, Math.Min(SeedBatch, to - start)).Select(JobAt).ToArray();
            await store.EnqueueAsync(jobs, null, [], CancellationToken.None);
        }
    }

    private static async Task MeasureAsync(IJobStore store, HistoryHttp? server, int size, int samples)
    {
        var middle = JobAt(size / 2);
        var forms = new List<(string Name, JobQuery Query)>
        {
            ("first page", new JobQuery()),
            ("first page, oldest first", new JobQuery { OldestFirst = true }),
        };
        forms.AddRange(Enum.GetValues<JobStatus>().Select(s => ($"status={s}", new JobQuery { Statuses = [s] })));
        forms.AddRange(
        [
            ("status=Failed,Cancelled", new JobQuery { Statuses = [JobStatus.Failed, JobStatus.Cancelled] }),
            ("type=transcode", new JobQuery { Type = "transcode" }),
            ("type=transcode&status=Failed", new JobQuery { Type = "transcode", Statuses = [JobStatus.Failed] }),
            ("owner=key-2 (a key's own list)", new JobQuery { Owner = "key-2" }),
            ("owner=key-2&status=Failed", new JobQuery { Owner = "key-2", Statuses = [JobStatus.Failed] }),
            ("batchId (one batch of 10)", new JobQuery { BatchId = $"batch-{size / 200:D6}" }),
            ("q= hit, one job (file name)", new JobQuery { Text = $"EPISODE-{size / 3:D7}" }),
            ("q= hit, a show (0.1 % of jobs)", new JobQuery { Text = "show0042/" }),
            ("q= miss", new JobQuery { Text = "no-such-file" }),
            ("q= id", new JobQuery { Text = middle.Id }),
            ("deep cursor page (middle)", new JobQuery { After = JobCursor.After(middle) }),
            ("deep cursor page, status=Failed", new JobQuery { Statuses = [JobStatus.Failed], After = JobCursor.After(middle) }),
            ("offset=10,000", new JobQuery { Offset = 10_000 }),
        ]);
        Console.WriteLine("| list form | total | store p50 ms | store p99 ms | HTTP p50 ms | HTTP p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, query) in forms)
        {
            var page = await store.ListAsync(query, CancellationToken.None);
            var timings = await TimeAsync(() => store.ListAsync(query, CancellationToken.None), samples);
            var url = HistoryHttp.Url(query);
            var overHttp = server is not null && url is not null ? await server.TimeAsync(url, samples) : null;
            Print(name, $"{page.Total:N0}{(page.TotalCapped ? "+" : "")}", timings, overHttp);
        }
        Print("stats (the list's counts)", "", await TimeAsync(() => store.GetStatsAsync(null, CancellationToken.None), samples),
            server is null ? null : await server.TimeAsync("/api/stats", samples));
        // The history finishes a job a millisecond: the last 10 s of it are 10,000 finishes to count (the route's own
        // window ends now, after the whole history: its figure is the round trip over an empty range).
        var finished = T0.AddMilliseconds(size + 500 - 10_000);
        Print("finished per minute, 10,000 finishes", "10,000", await TimeAsync(() => store.CountFinishedPerMinuteAsync(finished, null, CancellationToken.None), samples),
            server is null ? null : await server.TimeAsync("/api/stats/finished-per-minute?minutes=60", samples));
    }

    private static async Task<List<double>> TimeAsync<T>(Func<Task<T>> call, int samples)
    {
        for (var i = 0; i < 3; i++)
        {
            await call();
        }
        var timings = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        return timings;
    }

    private static void Print(string name, string total, List<double> sorted, List<double>? http) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {total} | {Percentiles.Of(sorted, 50):F2} | {Percentiles.Of(sorted, 99):F2} | ") +
            (http is null ? "– | – |" : string.Create(CultureInfo.InvariantCulture, $"{Percentiles.Of(http, 50):F2} | {Percentiles.Of(http, 99):F2} |")));

    private static async Task<OwnedStore> OpenAsync(string kind)
    {
        if (kind == "postgres")
        {
            var cluster = await PostgresCluster.StartAsync(durable: true);
            var database = await cluster.CreateDatabaseAsync("history");
            var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = database }, new EventFeed());
            await store.InitializeAsync(CancellationToken.None);
            var serverData = Path.Combine(Path.GetTempPath(), "mediajobs-bench-history", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(serverData);
            return new OwnedStore(store, (from, to) => HistorySeeder.PostgresAsync(database, from, to), async () =>
            {
                await store.DisposeAsync();
                await cluster.DisposeAsync();
                Directory.Delete(serverData, recursive: true);
            }, serverData, new Dictionary<string, string> { ["MediaJobs:Storage:Provider"] = "postgres", ["ConnectionStrings:Postgres"] = database });
        }
        var folder = Path.Combine(Path.GetTempPath(), "mediajobs-bench-history", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "mediajobs.db");
        var sqlite = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed());
        await sqlite.InitializeAsync(CancellationToken.None);
        return new OwnedStore(sqlite, (from, to) => HistorySeeder.SqliteAsync(path, from, to), async () =>
        {
            await sqlite.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }, folder, new Dictionary<string, string>());
    }

    private static string Value(string[] args, string name, string fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
