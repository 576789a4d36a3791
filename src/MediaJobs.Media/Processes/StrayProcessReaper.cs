using System.Diagnostics;
using MediaJobs.Core.Engine;

namespace MediaJobs.Media.Processes;

/// <summary>
/// Finds leftover tool processes (an ffmpeg orphaned by a crash or a lost lease) through /proc, by their command
/// line, and kills them with their children. Every tool call of a job names a file in the job's folder (its output at
/// least), so that folder identifies a job's processes; a transcode's temp file identifies the encode writing it.
/// </summary>
public sealed class StrayProcessReaper : IStrayProcessReaper
{
    public int KillProcessesUsing(string jobDirectory)
    {
        ArgumentNullException.ThrowIfNull(jobDirectory);
        var needle = jobDirectory.TrimEnd('/') + "/";
        return KillWhere(args => args.Any(a => a.Contains(needle, StringComparison.Ordinal)));
    }

    /// <summary>Kills every live process that has <paramref name="path"/> as one of its arguments (the writer of a temp file).</summary>
    public static int KillWritersOf(string path) => KillWhere(args => args.Contains(path, StringComparer.Ordinal));

    private static int KillWhere(Func<string[], bool> matches)
    {
        var self = Environment.ProcessId;
        var killed = 0;
        foreach (var pid in RunningPids().Where(pid => pid != self && matches(ArgumentsOf(pid)) && ProcessTree.IsAlive(pid)))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
                killed++;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // Exited between the look-up and the kill.
            }
        }
        return killed;
    }

    private static IEnumerable<int> RunningPids() =>
        Directory.Exists("/proc")
            ? Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Select(n => int.TryParse(n, out var pid) ? pid : 0).Where(pid => pid > 0)
            : [];

    private static string[] ArgumentsOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
