using System.Globalization;

namespace MediaJobs.Bench;

/// <summary>CPU time of the bench process and its reaped children.</summary>
internal static class ProcessCpu
{
    /// <summary>
    /// CPU seconds of this process and of its finished children (ffmpeg, espeak-ng: reaped children add to cutime/cstime),
    /// from /proc/self/stat. Unlike wall time, it barely moves with what else the shared machine runs.
    /// </summary>
    public static double Seconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: utime, stime, cutime, cstime are fields 14–17 of the whole line (12–15 here).
        return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture)) / 100.0;
    }
}
