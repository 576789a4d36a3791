namespace MediaJobs.Testing;

/// <summary>Finds running tool processes (ffmpeg, tesseract, pdftoppm, …) by their command line through /proc.</summary>
public static class ToolProcesses
{
    /// <summary>Processes whose program name is one of <paramref name="tools"/> and whose command line contains <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> Find(string text, params string[] tools) =>
    [
        .. Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(int.Parse!)
            .Where(pid =>
            {
                var cmd = FfmpegProcesses.CommandLineOf(pid);
                var program = Path.GetFileName(cmd.Split(' ', 2)[0]);
                return tools.Contains(program, StringComparer.Ordinal) && cmd.Contains(text, StringComparison.Ordinal);
            }),
    ];

    public static bool IsAlive(int pid) => FfmpegProcesses.CommandLineOf(pid).Length > 0;
}
