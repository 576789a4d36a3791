namespace MediaJobs.Testing;

/// <summary>Finds running ffmpeg processes (and the fake ffmpeg, <see cref="FakeFfmpeg"/>) through /proc, so tests can check one is really gone.</summary>
public static class FfmpegProcesses
{
    public static IEnumerable<int> All => Directory.EnumerateDirectories("/proc")
        .Select(Path.GetFileName)
        .Where(name => int.TryParse(name, out _))
        .Select(int.Parse!)
        .Where(pid => CommandLineOf(pid) is var line
            && (line.StartsWith("ffmpeg", StringComparison.Ordinal) || line.Contains("/ffmpeg ", StringComparison.Ordinal) || line.Contains("/fake-ffmpeg ", StringComparison.Ordinal)));

    public static IEnumerable<int> Where(Func<string, bool> commandLine) => All.Where(pid => commandLine(CommandLineOf(pid)));

    public static int Single(Func<int, bool> match) => All.Single(match);

    /// <summary>The process's arguments joined by spaces, or empty when it is gone.</summary>
    public static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
