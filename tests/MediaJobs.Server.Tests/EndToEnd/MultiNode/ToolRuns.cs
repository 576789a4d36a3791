using System.Globalization;
using System.Text.RegularExpressions;
using MediaJobs.Media.Processes;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>
/// The tool runs a job's logs record (each tool log ends with its pid and wall-clock start and end), and how a test
/// waits for a killed node's tool to be gone.
/// </summary>
public static partial class ToolRuns
{
    public sealed record Run(string Log, int Pid, DateTimeOffset Started, DateTimeOffset Ended);

    /// <summary>Every finished tool run logged under <c>jobs/&lt;jobId&gt;/logs</c>.</summary>
    public static IReadOnlyList<Run> Of(string dataDirectory, string jobId)
    {
        var logs = Path.Combine(dataDirectory, "jobs", jobId, "logs");
        var runs = new List<Run>();
        foreach (var log in Directory.Exists(logs) ? Directory.EnumerateFiles(logs, "*.log") : [])
        {
            var last = File.ReadLines(log).LastOrDefault() ?? "";
            if (EndLine().Match(last) is { Success: true } m)
            {
                runs.Add(new Run(Path.GetFileName(log), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                    DateTimeOffset.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), DateTimeOffset.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)));
            }
        }
        return runs;
    }

    /// <summary>Waits until <paramref name="pid"/> is gone; the time it was first seen gone, or null after <paramref name="timeout"/>.</summary>
    public static async Task<DateTimeOffset?> WaitGoneAsync(int pid, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (ProcessTree.IsAlive(pid))
        {
            try
            {
                await Task.Delay(10, cts.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        return DateTimeOffset.UtcNow;
    }

    /// <summary>
    /// No tool of the job ran while the killed node's tool may still have: every logged run that ended after the kill
    /// (the rescuer's, since the killed node logs nothing more) started after that tool was seen gone.
    /// </summary>
    public static void AssertNoneOverlaps(IReadOnlyList<Run> runs, DateTimeOffset killedAt, DateTimeOffset victimToolGoneAt)
    {
        var after = runs.Where(r => r.Ended > killedAt).ToList();
        Assert.NotEmpty(after);
        foreach (var run in after)
        {
            Assert.True(run.Started >= victimToolGoneAt,
                $"{run.Log} (pid {run.Pid}) started {run.Started:O}, before the killed node's tool was gone ({victimToolGoneAt:O})");
        }
    }

    [GeneratedRegex(@"\(pid (\d+), started (\S+), ended (\S+)\)$")]
    private static partial Regex EndLine();
}
