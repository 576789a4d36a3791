using MediaJobs.Media.Processes;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Kills processes (an ffmpeg orphaned by a crash) whose command line names a given file.</summary>
public static class StaleWriters
{
    public static int Kill(string path)
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }
        var killed = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            string args;
            try
            {
                args = File.ReadAllText(Path.Combine(dir, "cmdline"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            if (args.Split('\0').Contains(path, StringComparer.Ordinal) && ProcessTree.IsAlive(pid))
            {
                try
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(5));
                    killed++;
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
                {
                    // Gone already.
                }
            }
        }
        return killed;
    }
}
