using System.Diagnostics;
using MediaJobs.Core.Engine;

namespace MediaJobs.Media.Processes;

/// <summary>
/// Finds leftover tool processes through /proc: every tool call of a job names a file in the job's
/// folder on its command line (its output at least), so that path identifies them.
/// </summary>
public sealed class StrayProcessReaper : IStrayProcessReaper
{
    public int KillProcessesUsing(string jobDirectory)
    {
        var needle = jobDirectory.TrimEnd('/') + "/";
        var self = Environment.ProcessId;
        var killed = 0;
        foreach (var pid in RunningPids().Where(pid => pid != self && CommandLineOf(pid).Contains(needle, StringComparison.Ordinal)))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
                killed++;
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
            catch (InvalidOperationException)
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

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
