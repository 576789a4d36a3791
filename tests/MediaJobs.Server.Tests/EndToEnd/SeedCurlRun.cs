using System.Diagnostics;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// The real server over a temp folder, one compat surface on its own loopback port (so a script
/// calls the documented root paths), and a seed's curl script (Compat/SeedClients) run against it.
/// The script's work folder is the server's media root.
/// </summary>
internal sealed class SeedCurlRun : IAsyncDisposable
{
    private readonly string _root;
    private readonly ServerProcess _server;

    private SeedCurlRun(string root, ServerProcess server, string surfaceUrl)
    {
        _root = root;
        _server = server;
        SurfaceUrl = surfaceUrl;
    }

    public string SurfaceUrl { get; }

    public string WorkDirectory => Path.Combine(_root, "client");

    private string DataDirectory => Path.Combine(_root, "data");

    public static async Task<SeedCurlRun> StartAsync(string surface, IReadOnlyDictionary<string, string>? extra = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-seedcurl-" + Guid.NewGuid().ToString("N"));
        var work = Directory.CreateDirectory(Path.Combine(root, "client")).FullName;
        var url = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        var settings = new Dictionary<string, string>(extra ?? new Dictionary<string, string>())
        {
            [$"MediaJobs:Compat:{surface}:Url"] = url,
            ["MediaJobs:MediaRoots:0"] = work,
            // Quick pick-up and progress, and a short SSE heartbeat so a script's stream read ends soon.
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
            ["MediaJobs:Http:SseHeartbeatSeconds"] = "1",
        };
        try
        {
            var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), Path.Combine(root, "data"), settings);
            return new SeedCurlRun(root, server, url);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>Runs <c>bash script SurfaceUrl WorkDirectory args…</c>; asserts exit 0 and returns the paths of its <c>OUTPUT</c> lines.</summary>
    public async Task<IReadOnlyList<string>> RunScriptAsync(string script, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = WorkDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Compat", "SeedClients", script), SurfaceUrl, WorkDirectory }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var bash = Process.Start(info)!;
        var stdout = bash.StandardOutput.ReadToEndAsync();
        var stderr = bash.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await bash.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            bash.Kill(entireProcessTree: true);
            await bash.WaitForExitAsync();
        }

        var output = await stdout;
        Assert.True(!timedOut && bash.ExitCode == 0, $"""
            {script} {(timedOut ? $"ran past {timeout}" : $"exited {bash.ExitCode}")}
            --- stdout ---
            {output}
            --- stderr ---
            {await stderr}
            --- server log (tail) ---
            {ServerLogTail()}
            """);
        return [.. output.Split('\n').Where(l => l.StartsWith("OUTPUT ", StringComparison.Ordinal)).Select(l => l["OUTPUT ".Length..])];
    }

    private string ServerLogTail()
    {
        var lines = new List<string>();
        foreach (var log in Directory.GetFiles(DataDirectory, "server-*.log"))
        {
            // The server still writes it: share it.
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            lines.AddRange(reader.ReadToEnd().Split('\n'));
        }
        return string.Join('\n', lines.TakeLast(60));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _server.DisposeAsync();
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
