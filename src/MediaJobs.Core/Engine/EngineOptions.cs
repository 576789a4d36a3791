namespace MediaJobs.Core.Engine;

/// <summary>Engine settings (configuration section <c>MediaJobs:Engine</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>Stable name of this node; a restarted node recovers the jobs its previous process held.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>
    /// How many jobs of a type run at once on this node, where configuration overrides what the type's
    /// pipeline declares (<see cref="Pipelines.IJobPipeline.DefaultConcurrency"/>).
    /// </summary>
    public Dictionary<string, int> Concurrency { get; set; } = new(StringComparer.Ordinal);

    /// <summary>For a type that neither configuration nor its pipeline gives a number.</summary>
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

    /// <summary>Configuration first, then the pipeline's own default, then <see cref="DefaultConcurrency"/>; at least 1.</summary>
    public int ConcurrencyFor(Pipelines.IJobPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Math.Max(1, Concurrency.TryGetValue(pipeline.Type, out var n) ? n : pipeline.DefaultConcurrency ?? DefaultConcurrency);
    }
}
