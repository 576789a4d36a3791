using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tools;

/// <summary>Resolves tool executables from <see cref="MediaToolsOptions"/>: configured paths as given, bare names on PATH.</summary>
public sealed class ToolLocator(MediaToolsOptions? options = null)
{
    public MediaToolsOptions Options { get; } = options ?? new MediaToolsOptions();

    /// <summary>The full path of <paramref name="tool"/>, or null when it is not installed.</summary>
    public string? TryFind(MediaTool tool) => FindExecutable(Options.PathOf(tool));

    /// <summary>The full path of <paramref name="tool"/>; throws <c>ToolNotFound:&lt;name&gt;</c> when missing.</summary>
    public string Find(MediaTool tool) =>
        TryFind(tool) ?? throw ToolErrors.NotFound(MediaToolsOptions.NameOf(tool), Options.PathOf(tool));

    /// <summary>
    /// Resolves a name or path: a value with a directory separator must be an existing file;
    /// a bare name is searched in <paramref name="pathVariable"/> (default: the PATH environment variable).
    /// </summary>
    public static string? FindExecutable(string nameOrPath, string? pathVariable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (nameOrPath.Contains('/', StringComparison.Ordinal) || Path.IsPathRooted(nameOrPath))
        {
            return IsExecutableFile(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        }

        var path = pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, nameOrPath);
            if (IsExecutableFile(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && IsExecutableFile(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
