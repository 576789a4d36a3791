using System.Diagnostics;
using Microsoft.Playwright;

namespace MediaJobs.Testing;

/// <summary>
/// Debian's Chromium (installed by <c>scripts/setup</c>), headless, on a fresh profile folder, as a process
/// this test starts and owns, driven by Playwright over the DevTools protocol. Starting it ourselves keeps
/// the project's flags exactly and gives us its PID: dispose kills its whole process tree and deletes the profile.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private const string ListeningPrefix = "DevTools listening on ";
    private const int StderrTailLines = 20;

    private readonly Process _process;
    private readonly Queue<string> _stderrTail = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _disposed;

    private HeadlessChromium(Process process, string profileDirectory)
    {
        _process = process;
        ProfileDirectory = profileDirectory;
    }

    /// <summary>The flags the project runs Chromium with (shared/DEPENDENCIES.md), before the profile and debugging port.</summary>
    public static IReadOnlyList<string> Flags { get; } =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public int ProcessId => _process.Id;

    public string ProfileDirectory { get; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not connected");

    /// <summary>Starts Chromium and connects to it; fails (never skips) when Chromium is not installed.</summary>
    public static async Task<HeadlessChromium> StartAsync(TimeSpan? timeout = null)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} was not found: run scripts/setup, which installs Debian's chromium for the browser tests.");
        }
        var profile = Directory.CreateTempSubdirectory("mediajobs-chromium-").FullName;
        var info = new ProcessStartInfo(ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in Flags.Concat([$"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"]))
        {
            info.ArgumentList.Add(arg);
        }
        var chromium = new HeadlessChromium(new Process { StartInfo = info, EnableRaisingEvents = true }, profile);
        try
        {
            await chromium.ConnectAsync(timeout ?? TimeSpan.FromSeconds(60));
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new tab in the browser's default context.</summary>
    public Task<IPage> NewPageAsync() => Browser.Contexts[0].NewPageAsync();

    private async Task ConnectAsync(TimeSpan timeout)
    {
        // Chromium prints its DevTools address on stderr once it listens: wait on that line, not a poll.
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (_stderrTail)
            {
                _stderrTail.Enqueue(e.Data);
                if (_stderrTail.Count > StderrTailLines)
                {
                    _stderrTail.Dequeue();
                }
            }
            if (e.Data.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                endpoint.TrySetResult(e.Data[ListeningPrefix.Length..].Trim());
            }
        };
        _process.Exited += (_, _) => endpoint.TrySetException(new InvalidOperationException($"chromium exited before listening:\n{StderrTail()}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        string webSocketUrl;
        try
        {
            webSocketUrl = await endpoint.Task.WaitAsync(timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"chromium did not listen within {timeout}:\n{StderrTail()}", ex);
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.ConnectOverCDPAsync(webSocketUrl, new() { Timeout = (float)timeout.TotalMilliseconds });
    }

    /// <summary>The last lines Chromium wrote on stderr, for failure messages.</summary>
    public string StderrTail()
    {
        lock (_stderrTail)
        {
            return string.Join('\n', _stderrTail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        try
        {
            await DisconnectAsync();
        }
        finally
        {
            if (IsRunning())
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
            Directory.Delete(ProfileDirectory, recursive: true);
        }
    }

    private async Task DisconnectAsync()
    {
        try
        {
            if (_browser is not null)
            {
                // Over CDP this only disconnects Playwright; the process is ours to end.
                await _browser.CloseAsync();
            }
        }
        catch (PlaywrightException)
        {
            // Already disconnected: Chromium died.
        }
        finally
        {
            _playwright?.Dispose();
        }
    }

    private bool IsRunning()
    {
        try
        {
            return !_process.HasExited;
        }
        catch (InvalidOperationException)
        {
            // Never started.
            return false;
        }
    }
}
