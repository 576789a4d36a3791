using System.Diagnostics;

namespace MediaJobs.Bench;

/// <summary>
/// A second node in its own process (<c>engine-postgres-node</c>): its own runtime, thread pool, store and engine, as a
/// second server would be. It runs until its standard input closes.
/// </summary>
internal sealed class PostgresWorkerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PostgresWorkerProcess(Process process) => _process = process;

    public double CpuSeconds => PgClusterMeter.ProcessCpu(_process.Id, withChildren: false);

    public static async Task<PostgresWorkerProcess> StartAsync(string database, string name, int concurrency, int writerConnections)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var self = typeof(PostgresWorkerProcess).Assembly.Location;
        if (!Environment.ProcessPath!.EndsWith("MediaJobs.Bench", StringComparison.Ordinal))
        {
            info.ArgumentList.Add(self);
        }
        foreach (var arg in (string[])["engine-postgres-node", database, name, concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            writerConnections.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info)!;
        // The node says when its engine runs.
        while (await process.StandardOutput.ReadLineAsync() is { } line && line != "ready")
        {
        }
        return new PostgresWorkerProcess(process);
    }

    /// <summary>The child's side: one node until standard input closes.</summary>
    public static async Task<int> RunNodeAsync(string[] args)
    {
        await using var node = await PostgresNode.StartAsync(args[0], args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine("ready");
        await Console.In.ReadToEndAsync();
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
    }
}
