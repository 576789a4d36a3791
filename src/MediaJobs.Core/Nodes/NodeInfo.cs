namespace MediaJobs.Core.Nodes;

/// <summary>
/// One server process sharing the store: who it is, what it runs and when it last beat.
/// Registered at start and refreshed on every heartbeat.
/// </summary>
/// <param name="Name">The node's configured name (<c>MediaJobs:Engine:NodeName</c>), unique per store.</param>
/// <param name="ProcessId">Its process id on <paramref name="Host"/> (a second process may not take a live node's name).</param>
/// <param name="WorkerId">The lease owner name of its current process (name, then a per-process id).</param>
/// <param name="JobTypes">Job types it claims, with how many of each it runs at once.</param>
/// <param name="Capabilities">Tools and encoders it found at start (e.g. <c>ffmpeg</c>, <c>tesseract</c>, <c>hevc_nvenc</c>).</param>
public sealed record NodeInfo(
    string Name,
    string Host,
    int ProcessId,
    string Version,
    string WorkerId,
    DateTimeOffset StartedUtc,
    DateTimeOffset HeartbeatUtc,
    IReadOnlyDictionary<string, int> JobTypes,
    IReadOnlyList<string> Capabilities);
