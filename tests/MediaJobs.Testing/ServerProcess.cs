using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MediaJobs.Testing;

/// <summary>
/// The real server as a separate process on a loopback port, over a given data folder, so a test
/// can SIGKILL it and start it again on the same data. Its output goes to <c>server-N.log</c> there.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static int s_starts;
    private readonly Process _process;
    private readonly StreamWriter _log;
    private int _disposed;

    private ServerProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <param name="serverDll">MediaJobs.Server.dll (a referencing test project has it beside its own assembly).</param>
    public static async Task<ServerProcess> StartAsync(string serverDll, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? timeout = null)
    {
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var info = StartInfo(serverDll, url, dataDirectory, settings);
        var log = new StreamWriter(Path.Combine(dataDirectory, $"server-{Interlocked.Increment(ref s_starts)}.log")) { AutoFlush = true };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the server exited before listening; see {dataDirectory}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, log, new Uri(url));
        // Ready when Kestrel says so: an event, not a poll.
        await listening.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return server;

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (log)
            {
                log.WriteLine(line);
            }
            if (line.Contains("Now listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }
    }

    /// <summary>SIGKILL: no shutdown hooks run, exactly like a crash.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>A graceful stop (SIGTERM), as a service manager would do.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            Posix.Terminate(_process.Id);
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        Client.Dispose();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    /// <summary>
    /// Starts the server for a start that must fail, and waits until it exits by itself: its exit code and
    /// everything it wrote. A server still running after <paramref name="timeout"/> is killed and a TimeoutException thrown.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(
        string serverDll, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(serverDll, $"http://127.0.0.1:{FreeLoopbackPort()}", dataDirectory, settings))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The server on <paramref name="url"/> over the data folder, with settings as environment variables.</summary>
    private static ProcessStartInfo StartInfo(string serverDll, string url, string dataDirectory, IReadOnlyDictionary<string, string>? settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { serverDll, "--urls", url })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["MEDIAJOBS_DATA"] = dataDirectory;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // No clip library render at start in a test's fresh data folder (a setting below may turn it back on).
        info.Environment["MediaJobs__Video__PrepareLibraryAtStart"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        Directory.CreateDirectory(dataDirectory);
        return info;
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
