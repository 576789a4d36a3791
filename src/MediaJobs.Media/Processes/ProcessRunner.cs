using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediaJobs.Core.Diagnostics;

namespace MediaJobs.Media.Processes;

/// <summary>
/// Runs one external tool: arguments as a list, stdout and stderr read concurrently line by line,
/// a per-call log, and two-stage cancellation (graceful stop, then the whole process tree is killed
/// after a grace period). Never returns before the process has exited and both streams are drained.
/// </summary>
public sealed partial class ProcessRunner(TimeProvider? timeProvider = null, MediaJobsMetrics? metrics = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private const string SignalResetLauncher = "/usr/bin/env";
    private const string DeathSignalLauncher = "/usr/bin/setpriv";
    private static readonly bool s_hasSetpriv = File.Exists(DeathSignalLauncher);

    /// <summary>
    /// Runs <paramref name="spec"/> to completion. Throws <see cref="OperationCanceledException"/> after the process
    /// is gone when <paramref name="cancellationToken"/> fires, <see cref="ToolExecutionException"/> on a non-zero exit
    /// (unless <see cref="ProcessSpec.ValidateExitCode"/> is false), and a <c>ToolNotFound:&lt;name&gt;</c>
    /// <see cref="Core.Errors.MediaJobsException"/> when the executable cannot be started.
    /// </summary>
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        cancellationToken.ThrowIfCancellationRequested();
        using var span = StartSpan(spec);
        var started = _time.GetTimestamp();
        try
        {
            var result = await RunProcessAsync(spec, cancellationToken);
            Record(spec, span, result.ExitCode.ToString(CultureInfo.InvariantCulture), started, result.ExitCode == 0 ? null : "ToolExitCode");
            return result;
        }
        catch (Exception ex)
        {
            Record(spec, span, ExitLabel(ex), started, ex is OperationCanceledException ? null : ErrorCode(ex));
            throw;
        }
    }

    private async Task<ProcessResult> RunProcessAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {

        var commandLine = CommandLine.Format(spec.FileName, spec.Arguments);
        await using var log = await ToolLog.OpenAsync(spec.LogPath, commandLine, cancellationToken);
        var executable = Tools.ToolLocator.FindExecutable(spec.FileName);
        if (executable is null)
        {
            await log.WriteLineAsync("# could not start: no such executable");
            throw ToolErrors.NotFound(spec.EffectiveToolName, spec.FileName);
        }
        using var process = new Process { StartInfo = CreateStartInfo(spec, executable), EnableRaisingEvents = true };
        var startedAt = _time.GetTimestamp();
        // Taken before the start, so the log's start time is never later than the tool's real start.
        var startedUtc = _time.GetUtcNow();
        try
        {
            await ToolSpawner.StartAsync(process, cancellationToken);
        }
        catch (Win32Exception ex)
        {
            await log.WriteLineAsync($"# could not start: {ex.Message}");
            throw ToolErrors.NotFound(spec.EffectiveToolName, spec.FileName, ex);
        }

        var pid = process.Id;
        try
        {
            return await RunStartedAsync(process, spec, log, commandLine, startedAt, startedUtc, cancellationToken);
        }
        finally
        {
            ToolSpawner.Exited(pid);
        }
    }

    private async Task<ProcessResult> RunStartedAsync(Process process, ProcessSpec spec, ToolLog log, string commandLine, long startedAt, DateTimeOffset startedUtc, CancellationToken cancellationToken)
    {
        var pid = process.Id;
        spec.OnStarted?.Invoke(pid);
        var tail = new Queue<string>();
        var stdout = spec.CaptureStandardOutput ? new StringBuilder() : null;
        using var drain = new CancellationTokenSource();

        // Each pump is the only writer of what it touches (tail and log / stdout); both are read after the pumps end.
        var stdoutPump = PumpAsync(process.StandardOutput, line =>
        {
            stdout?.Append(line).Append('\n');
            spec.OnStdoutLine?.Invoke(line);
        }, drain.Token);
        var stderrPump = PumpAsync(process.StandardError, line =>
        {
            if (tail.Count >= Math.Max(1, spec.StderrTailLines))
            {
                tail.Dequeue();
            }

            tail.Enqueue(line);
            log.WriteLine(line);
            spec.OnStderrLine?.Invoke(line);
        }, drain.Token);

        await WriteStandardInputAsync(process, spec);

        var exited = process.WaitForExitAsync(CancellationToken.None);
        var cancelled = await WaitOrStopAsync(process, exited, spec, cancellationToken);
        await exited;

        // Orphaned grandchildren may still hold the pipes; stop reading after the grace period if so.
        drain.CancelAfter(spec.GracePeriod);
        var callbackErrors = await Task.WhenAll(stdoutPump, stderrPump);

        var exitCode = process.ExitCode;
        var duration = _time.GetElapsedTime(startedAt);
        var seconds = duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        // Wall-clock start and end too, so runs on different nodes can be compared (a rescue must not overlap).
        var span = $"(pid {pid.ToString(CultureInfo.InvariantCulture)}, started {startedUtc:O}, ended {_time.GetUtcNow():O})";
        await log.WriteLineAsync(cancelled
            ? $"# cancelled; exit code {exitCode.ToString(CultureInfo.InvariantCulture)} after {seconds} s {span}"
            : $"# exit code {exitCode.ToString(CultureInfo.InvariantCulture)} after {seconds} s {span}");

        if (cancelled)
        {
            throw new OperationCanceledException($"{spec.EffectiveToolName} was cancelled.", cancellationToken);
        }

        if (callbackErrors.FirstOrDefault(e => e is not null) is { } callbackError)
        {
            throw new InvalidOperationException($"An output callback for {spec.EffectiveToolName} failed.", callbackError);
        }

        var tailLines = tail.ToArray();
        if (spec.ValidateExitCode && exitCode != 0)
        {
            throw new ToolExecutionException(spec.EffectiveToolName, commandLine, exitCode, tailLines, spec.LogPath);
        }

        return new ProcessResult(commandLine, pid, exitCode, duration, tailLines, stdout?.ToString() ?? string.Empty);
    }

    /// <summary>
    /// The tool is started through <c>setpriv --pdeathsig KILL env --default-signal=PIPE,INT</c>, each of which
    /// execs the next (same pid). setpriv: the tool gets SIGKILL when its parent thread (the
    /// <see cref="ToolSpawner"/> thread, which lives as long as this process) dies, so no tool outlives its node.
    /// PIPE: .NET ignores SIGPIPE and children inherit that, so a tool orphaned by a crash of this process
    /// would otherwise write its progress into a dead pipe forever; with the default restored it dies
    /// at its next write. INT: a server started in the background by a non-interactive shell inherits
    /// SIGINT ignored, and a tool that keeps an inherited "ignore" (any .NET program does) would never
    /// see the <see cref="GracefulStop.Interrupt"/> stop.
    /// </summary>
    private static ProcessStartInfo CreateStartInfo(ProcessSpec spec, string executable)
    {
        var psi = new ProcessStartInfo(s_hasSetpriv ? DeathSignalLauncher : SignalResetLauncher)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        if (s_hasSetpriv)
        {
            psi.ArgumentList.Add("--pdeathsig");
            psi.ArgumentList.Add("KILL");
            psi.ArgumentList.Add(SignalResetLauncher);
        }
        psi.ArgumentList.Add("--default-signal=PIPE,INT");
        psi.ArgumentList.Add(executable);
        foreach (var argument in spec.Arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        if (spec.WorkingDirectory is not null)
        {
            psi.WorkingDirectory = spec.WorkingDirectory;
        }

        foreach (var (key, value) in spec.Environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                psi.Environment.Remove(key);
            }
            else
            {
                psi.Environment[key] = value;
            }
        }

        return psi;
    }

    private static async Task<Exception?> PumpAsync(StreamReader reader, Action<string> onLine, CancellationToken token)
    {
        Exception? callbackError = null;
        try
        {
            while (await reader.ReadLineAsync(token) is { } line)
            {
                if (callbackError is not null)
                {
                    continue; // keep draining so the tool never blocks on a full pipe
                }

                try
                {
                    onLine(line);
                }
#pragma warning disable CA1031 // a caller's callback must not stop the drain; the error is rethrown after exit
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    callbackError = ex;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Drain deadline passed: something outside the tree still holds the pipe.
        }
        catch (IOException)
        {
            // The pipe broke; nothing more to read.
        }

        return callbackError;
    }

    private static async Task WriteStandardInputAsync(Process process, ProcessSpec spec)
    {
        try
        {
            if (spec.StandardInput is not null)
            {
                await process.StandardInput.WriteAsync(spec.StandardInput);
                await process.StandardInput.FlushAsync();
            }

            if (!spec.KeepStandardInputOpen && spec.GracefulStop != GracefulStop.QuitOnStdin)
            {
                process.StandardInput.Close();
            }
        }
        catch (IOException)
        {
            // The tool exited (or closed stdin) before reading its input; its exit code tells the rest.
        }
    }
}
