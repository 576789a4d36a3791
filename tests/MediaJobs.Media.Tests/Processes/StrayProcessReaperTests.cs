using System.Diagnostics;
using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tests.Processes;

[Trait("Tier", "Fast")]
public sealed class StrayProcessReaperTests
{
    [Fact]
    public void KillProcessesUsing_ProcessNamingTheJobFolder_IsKilledOthersAreNot()
    {
        var jobDirectory = Path.Combine(Path.GetTempPath(), "mediajobs-reaper-" + Guid.NewGuid().ToString("N"), "jobs", "j1");
        using var stray = Start($"{jobDirectory}/work/out.mp4");
        using var bystander = Start($"{jobDirectory}-other/work/out.mp4");
        try
        {
            var killed = new StrayProcessReaper().KillProcessesUsing(jobDirectory);

            Assert.Equal(1, killed);
            Assert.True(stray.WaitForExit(5000), "the stray still runs");
            Assert.False(ProcessTree.IsAlive(stray.Id));
            Assert.True(ProcessTree.IsAlive(bystander.Id), "a process of another job was killed");
        }
        finally
        {
            bystander.Kill();
            stray.Kill();
        }
    }

    /// <summary>A long sleep whose command line carries <paramref name="path"/> (as the shell's $0).</summary>
    private static Process Start(string path)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var arg in new[] { "-c", "sleep 600", path })
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info)!;
    }
}
