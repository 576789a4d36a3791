namespace MediaJobs.Media.Processes;

/// <summary>The per-call log file (or nothing when no path is given). Written by one pump at a time, never shared.</summary>
internal sealed class ToolLog : IAsyncDisposable
{
    private readonly StreamWriter? _writer;

    private ToolLog(StreamWriter? writer) => _writer = writer;

    public static async Task<ToolLog> OpenAsync(string? path, string commandLine, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return new ToolLog(null);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var writer = new StreamWriter(path, append: false) { AutoFlush = true, NewLine = "\n" };
        await writer.WriteLineAsync(commandLine.AsMemory(), cancellationToken);
        return new ToolLog(writer);
    }

    public void WriteLine(string line) => _writer?.WriteLine(line);

    public async Task WriteLineAsync(string line)
    {
        if (_writer is not null)
        {
            await _writer.WriteLineAsync(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }
}
