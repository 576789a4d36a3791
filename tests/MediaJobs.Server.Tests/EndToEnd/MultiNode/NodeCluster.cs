using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>
/// Real server processes on one private PostgreSQL database and one data folder, each with its own
/// node name, a short lease and fast polls (so rescue takes seconds in a test).
/// </summary>
public sealed class NodeCluster : IAsyncDisposable
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);
    private readonly Dictionary<string, ServerProcess> _nodes = new(StringComparer.Ordinal);

    private NodeCluster(string connectionString, string data, string media)
    {
        ConnectionString = connectionString;
        Data = data;
        Media = media;
    }

    public string ConnectionString { get; }
    public string Data { get; }
    public string Media { get; }
    public IReadOnlyDictionary<string, ServerProcess> Nodes => _nodes;

    public static async Task<NodeCluster> CreateAsync()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync("nodes");
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-nodes-" + Guid.NewGuid().ToString("N"));
        var cluster = new NodeCluster(database, Path.Combine(root, "data"), Path.Combine(root, "media"));
        Directory.CreateDirectory(cluster.Media);
        return cluster;
    }

    /// <summary>
    /// Starts node <paramref name="name"/>; they start one after the other (the first one migrates).
    /// <paramref name="engineDefaults"/>: the shipped lease, heartbeat and rescue timings instead of the short test ones.
    /// </summary>
    public async Task<ServerProcess> StartAsync(string name, bool engineDefaults = false)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll");
        var settings = new Dictionary<string, string>
        {
            ["MediaJobs:Storage:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = ConnectionString,
            ["MediaJobs:Engine:NodeName"] = name,
            ["MediaJobs:MediaRoots:0"] = Media,
            ["MediaJobs:Transcode:X265Preset"] = "fast",
            ["MediaJobs:Transcode:DetectHardware"] = "false",
        };
        if (!engineDefaults)
        {
            settings["MediaJobs:Engine:LeaseDuration"] = "00:00:03";
            settings["MediaJobs:Engine:HeartbeatInterval"] = "00:00:00.500";
            settings["MediaJobs:Engine:RescueInterval"] = "00:00:00.500";
            settings["MediaJobs:Engine:PollInterval"] = "00:00:00.200";
            settings["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100";
        }
        var node = await ServerProcess.StartAsync(dll, Data, settings);
        _nodes[name] = node;
        return node;
    }

    /// <summary>The node whose process is the parent of <paramref name="pid"/> (an ffmpeg it runs).</summary>
    public string NodeRunning(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return _nodes.Single(n => n.Value.ProcessId == parent).Key;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.Values)
        {
            await node.DisposeAsync();
        }
        if (Environment.GetEnvironmentVariable("MEDIAJOBS_KEEP_TEST_DATA") is null)
        {
            Directory.Delete(Path.GetDirectoryName(Data)!, recursive: true);
        }
    }
}
