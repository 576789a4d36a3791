using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Testing;

namespace MediaJobs.Bench;

/// <summary>
/// <c>transcode --crash</c>: the real server process (SQLite, one node) encodes the same <c>compress-hevc</c> job three
/// ways on fresh copies of one source: in one piece; in segments (<c>options.segmentSeconds</c>) without a crash; and in
/// segments SIGKILLed once 90 % of the segments are committed, then restarted. Prints the one-node overhead of
/// segmenting (wall, size) and the time from the restart to success against the one-piece encode.
/// </summary>
internal static class SegmentedCrashBenchmark
{
    private const string Node = "bench-crash-node";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = ArgValue(args, "--seconds", 60);
        var segmentSeconds = ArgValue(args, "--segment-seconds", 6);
        var height = ArgValue(args, "--height", 360);
        var c = CultureInfo.InvariantCulture;
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-bench-crash-" + Guid.NewGuid().ToString("N"));
        var media = Path.Combine(root, "media");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(media);
        Directory.CreateDirectory(data);
        try
        {
            var pristine = Path.Combine(root, "source.mp4");
            await BenchTools.Ffmpeg.RunAsync(
            [
                "-f", "lavfi", "-i", $"testsrc2=size={height * 16 / 9}x{height}:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", seconds.ToString(c), "-c:v", "libx264", "-preset", "veryfast", "-b:v", "4M", "-g", "50", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k", pristine,
            ]);
            var source = Path.Combine(media, "clip.mp4");
            Console.WriteLine(string.Create(c, $"source: {seconds} s {height * 16 / 9}x{height} 25 fps H.264 (keyframe every 2 s) + AAC; libx265 -preset fast CRF 26; segments of {segmentSeconds} s; real server process, SQLite"));
            var server = await StartAsync(data, media);
            try
            {
                var (onePiece, onePieceSize) = await RunJobAsync(server, pristine, source, null);
                var (segmented, segmentedSize) = await RunJobAsync(server, pristine, source, segmentSeconds);

                // The crash: SIGKILL once 90 % of the segments are committed, then a restart on the same data folder.
                File.Copy(pristine, source, overwrite: true);
                var jobId = await SubmitAsync(server, source, segmentSeconds);
                int total = 0, committed = 0;
                await FollowAsync(server, jobId, message =>
                {
                    if (message.StartsWith("Segmented encode: ", StringComparison.Ordinal))
                    {
                        total = int.Parse(message.Split(' ')[2], c);
                    }
                    committed += message.EndsWith($" committed on {Node}.", StringComparison.Ordinal) ? 1 : 0;
                    return total > 0 && committed >= Math.Ceiling(total * 0.9);
                });
                await server.KillAsync();
                await server.DisposeAsync();
                var clock = Stopwatch.StartNew();
                server = await StartAsync(data, media);
                int resumedWith = -1, encodedAfter = 0;
                await FollowAsync(server, jobId, message =>
                {
                    if (message.StartsWith("Segmented encode: ", StringComparison.Ordinal))
                    {
                        // The stream replays the killed run first: the last run's announcement counts.
                        resumedWith = int.Parse(message.Split(' ')[4], c);
                        encodedAfter = 0;
                    }
                    encodedAfter += resumedWith >= 0 && message.StartsWith("Encoding segment ", StringComparison.Ordinal) ? 1 : 0;
                    return false;
                });
                var afterRestart = clock.Elapsed.TotalSeconds;
                var job = await GetJobAsync(server, jobId);
                if ((string?)job["status"] != "Succeeded")
                {
                    throw new InvalidOperationException($"the crashed job ended {(string?)job["status"]}");
                }

                Console.WriteLine();
                Console.WriteLine("| measure | value |");
                Console.WriteLine("|---|---|");
                Console.WriteLine(string.Create(c, $"| one-piece encode (submit → Succeeded) | {onePiece:F2} s, {onePieceSize / 1e6:F3} MB |"));
                Console.WriteLine(string.Create(c, $"| segmented, no crash | {segmented:F2} s, {segmentedSize / 1e6:F3} MB |"));
                Console.WriteLine(string.Create(c, $"| segmented ÷ one piece | **{segmented / onePiece:F3}× wall**, **{(double)segmentedSize / onePieceSize:F4}× size** (goal ≤ 1.05×, ≤ 1.02×) |"));
                Console.WriteLine(string.Create(c, $"| killed after | {committed} of {total} segments committed; the restarted run found {resumedWith} and encoded {encodedAfter} |"));
                Console.WriteLine(string.Create(c, $"| restart → Succeeded (server start, recovery, the rest, join, verify, replace) | {afterRestart:F2} s |"));
                Console.WriteLine(string.Create(c, $"| restart → Succeeded ÷ one-piece encode | **{afterRestart / onePiece:F3}×** (goal about the last {1 - ((double)resumedWith / total):P0} plus the join) |"));
                Console.WriteLine();
                Console.WriteLine(string.Create(c, $"{Environment.ProcessorCount} cores."));
                return 0;
            }
            finally
            {
                await server.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task<ServerProcess> StartAsync(string data, string media) =>
        ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), data, new Dictionary<string, string>
        {
            ["MediaJobs:Engine:NodeName"] = Node,
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:MediaRoots:0"] = media,
            ["MediaJobs:Transcode:X265Preset"] = "fast",
            ["MediaJobs:Transcode:DetectHardware"] = "false",
        }, TimeSpan.FromMinutes(2));

    /// <summary>One job on a fresh copy of the source: its wall time (submit → its stream's end) and the size that replaced the source.</summary>
    private static async Task<(double Seconds, long Size)> RunJobAsync(ServerProcess server, string pristine, string source, int? segmentSeconds)
    {
        File.Copy(pristine, source, overwrite: true);
        var clock = Stopwatch.StartNew();
        var jobId = await SubmitAsync(server, source, segmentSeconds);
        await FollowAsync(server, jobId, _ => false);
        var elapsed = clock.Elapsed.TotalSeconds;
        var job = await GetJobAsync(server, jobId);
        if ((string?)job["status"] != "Succeeded")
        {
            throw new InvalidOperationException($"job ended {(string?)job["status"]}");
        }
        return (elapsed, (long)job["results"]!["output_size"]!);
    }

    private static async Task<string> SubmitAsync(ServerProcess server, string source, int? segmentSeconds)
    {
        var body = new JsonObject { ["type"] = "transcode", ["preset"] = "compress-hevc", ["inputs"] = new JsonObject { ["path"] = source } };
        if (segmentSeconds is { } s)
        {
            body["options"] = new JsonObject { ["segmentSeconds"] = s };
        }
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/api/jobs", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["jobId"]!;
    }

    private static async Task<JsonNode> GetJobAsync(ServerProcess server, string jobId) =>
        JsonNode.Parse(await server.Client.GetStringAsync(new Uri($"/api/jobs/{jobId}", UriKind.Relative)))!;

    /// <summary>Reads the job's event stream (SSE) until <paramref name="stop"/> holds for a log message, or the stream ends after the job's end.</summary>
    private static async Task FollowAsync(ServerProcess server, string jobId, Func<string, bool> stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/jobs/{jobId}/events", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && JsonNode.Parse(line[5..]) is JsonObject data
                && (string?)data["message"] is { } message && stop(message))
            {
                return;
            }
        }
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
