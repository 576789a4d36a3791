using System.Globalization;

namespace MediaJobs.Bench;

/// <summary>CPU time of this process's threads by name, from /proc (the kernel keeps a thread's first 15 characters).</summary>
internal static class ThreadCpu
{
    /// <summary>User + system seconds of every live thread whose name starts with <paramref name="namePrefix"/>; NaN off Linux.</summary>
    public static double SecondsOf(string namePrefix)
    {
        const string tasks = "/proc/self/task";
        if (!Directory.Exists(tasks))
        {
            return double.NaN;
        }
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "comm")).TrimEnd('\n').StartsWith(namePrefix, StringComparison.Ordinal))
                {
                    continue;
                }
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }
        return ticks / 100.0;
    }
}
