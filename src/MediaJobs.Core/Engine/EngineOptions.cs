namespace MediaJobs.Core.Engine;

/// <summary>Engine settings (configuration section <c>MediaJobs:Engine</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>Stable name of this node; a restarted node recovers the jobs its previous process held.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>How many jobs of each type run at once on this node (0: none, another node runs them). Encodes are CPU-heavy.</summary>
    public Dictionary<string, int> Concurrency { get; set; } = new(StringComparer.Ordinal)
    {
        ["transcode"] = 1,
        ["transcode-discovery"] = 1,
        ["video"] = 1,
        ["pdf"] = 2,
        ["transformer"] = 2,
        ["session"] = 1,
        ["noop"] = 32,
    };

    public int DefaultConcurrency { get; set; } = 2;

    /// <summary>A claimed job whose lease is not renewed for this long is requeued by any node.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fallback poll for due jobs (backoff, other nodes' submissions) when no wake-up arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most one progress event per job per interval reaches the store.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Automatic attempts for errors marked transient (the first run included).</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Jobs of <paramref name="type"/> this node runs at once; 0 (configured) means it never claims them.</summary>
    public int ConcurrencyFor(string type) =>
        Concurrency.TryGetValue(type, out var n) ? Math.Max(0, n) : Math.Max(1, DefaultConcurrency);
}
