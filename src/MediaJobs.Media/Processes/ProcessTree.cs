using System.Globalization;

namespace MediaJobs.Media.Processes;

/// <summary>Linux /proc helpers: a snapshot of a process's descendants, and whether a pid is still alive.</summary>
public static class ProcessTree
{
    /// <summary>A process seen in /proc: its pid and its start time (to tell it apart from a later pid reuse).</summary>
    public readonly record struct ProcessIdentity(int Pid, long StartTime);

    /// <summary>True when /proc/&lt;pid&gt; exists and is not a zombie. False on systems without /proc.</summary>
    public static bool IsAlive(int pid) => TryReadStat(pid, out var state, out _, out _) && state != 'Z' && state != 'X';

    /// <summary>All descendants of <paramref name="rootPid"/> at this moment (children first, then theirs).</summary>
    public static IReadOnlyList<ProcessIdentity> GetDescendants(int rootPid)
    {
        var children = new Dictionary<int, List<ProcessIdentity>>();
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && TryReadStat(pid, out _, out var ppid, out var start))
            {
                if (!children.TryGetValue(ppid, out var list))
                {
                    children[ppid] = list = [];
                }

                list.Add(new ProcessIdentity(pid, start));
            }
        }

        var result = new List<ProcessIdentity>();
        var queue = new Queue<int>([rootPid]);
        while (queue.Count > 0)
        {
            if (children.TryGetValue(queue.Dequeue(), out var list))
            {
                foreach (var child in list)
                {
                    result.Add(child);
                    queue.Enqueue(child.Pid);
                }
            }
        }

        return result;
    }

    /// <summary>True when the same process (pid and start time) is still alive.</summary>
    public static bool IsSameAndAlive(ProcessIdentity identity) =>
        TryReadStat(identity.Pid, out var state, out _, out var start)
        && start == identity.StartTime && state != 'Z' && state != 'X';

    private static bool TryReadStat(int pid, out char state, out int ppid, out long startTime)
    {
        state = default;
        ppid = 0;
        startTime = 0;
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        // "pid (comm) state ppid ... starttime(22nd field)"; comm may hold spaces and parentheses.
        var close = text.LastIndexOf(')');
        if (close < 0)
        {
            return false;
        }

        var fields = text[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 20)
        {
            return false;
        }

        state = fields[0][0];
        return int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out ppid)
            && long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out startTime);
    }
}
