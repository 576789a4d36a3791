namespace MediaJobs.Server.Nodes;

/// <param name="RunningJobs">Jobs whose lease a process of this node holds now (Running in the store).</param>
/// <param name="Live">Its last heartbeat is younger than a lease: it runs jobs; otherwise its jobs are rescued by others.</param>
public sealed record NodeResponse(
    string Name,
    string Host,
    int ProcessId,
    string Version,
    string WorkerId,
    DateTimeOffset StartedUtc,
    DateTimeOffset HeartbeatUtc,
    bool Live,
    IReadOnlyDictionary<string, int> JobTypes,
    IReadOnlyList<string> Capabilities,
    int RunningJobs);
