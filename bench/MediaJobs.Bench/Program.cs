using MediaJobs.Bench;

// Benchmarks print their figures as Markdown, with ratios against a baseline measured in the same run.
return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(args.Skip(1).ToArray()),
    "engine-postgres" => await PostgresEngineBenchmark.RunAsync(args.Skip(1).ToArray()),
    "engine-postgres-node" => await PostgresEngineBenchmark.RunNodeAsync(args.Skip(1).ToArray()),
    "video" => await VideoBenchmark.RunAsync(args.Skip(1).ToArray()),
    "transcode" when args.Contains("--crash") => await SegmentedCrashBenchmark.RunAsync(args.Skip(1).ToArray()),
    "transcode" when args.Contains("--segmented") => await SegmentedTranscodeBenchmark.RunAsync(args.Skip(1).ToArray()),
    "transcode" => await TranscodeBenchmark.RunAsync(args.Skip(1).ToArray()),
    "documents" => await DocumentBenchmark.RunAsync(args.Skip(1).ToArray()),
    "history" => await HistoryBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/MediaJobs.Bench -- engine [--jobs N] [--latency-jobs N] [--warm-up N] [--concurrency N] [--no-baseline] | engine-postgres [--jobs N] [--latency-jobs N] [--nodes 1|2] [--concurrency N] [--admin CS] | video [runs] | transcode [--runs N] [--seconds S] | transcode --segmented [--runs N] [--seconds S] [--segment-seconds S] | transcode --crash [--seconds S] [--segment-seconds S] [--height H] | documents [--runs N] [--pages N] [--scan-pages N] | history [--seed store|sql] [--sizes 100000,1000000] [--stores sqlite,postgres] [--samples N]");
    return 2;
}
