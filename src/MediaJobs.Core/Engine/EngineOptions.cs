using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Engine;

/// <summary>Engine settings (configuration section <c>MediaJobs:Engine</c>), checked at start-up.</summary>
public sealed class EngineOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Engine";

    private const int MaxConcurrency = 1024;
    private const string MinDuration = "00:00:00.001";
    private const string MaxDuration = "1.00:00:00";
    private const string PositiveDuration = "must be a duration from 00:00:00.001 to 1.00:00:00 (hh:mm:ss), e.g. 00:00:30.";

    /// <summary>Stable name of this node; a restarted node recovers the jobs its previous process held.</summary>
    [Required(ErrorMessage = "must name this node (it defaults to the machine name).")]
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>
    /// How many jobs of a type run at once on this node, where configuration overrides what the type's
    /// pipeline declares (<see cref="IJobPipeline.DefaultConcurrency"/>).
    /// </summary>
    public Dictionary<string, int> Concurrency { get; set; } = new(StringComparer.Ordinal);

    /// <summary>For a type that neither configuration nor its pipeline gives a number.</summary>
    [Range(1, MaxConcurrency, ErrorMessage = "must be a whole number from 1 to 1024.")]
    public int DefaultConcurrency { get; set; } = 2;

    /// <summary>
    /// A claimed job whose lease is not renewed for this long is requeued by any node. Short, so a killed node's jobs
    /// resume in seconds (LeaseDuration + <see cref="RescueInterval"/> at most); safe, because renewal runs on its own
    /// thread every <see cref="HeartbeatInterval"/> and a node that cannot renew for 2/3 of it stops its own tools.
    /// </summary>
    [Range(typeof(TimeSpan), MinDuration, MaxDuration, ErrorMessage = PositiveDuration, ParseLimitsInInvariantCulture = true)]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Lease renewal and node heartbeat period; under a third of the lease, so the watchdog (2/3) never fires on a live node.</summary>
    [Range(typeof(TimeSpan), MinDuration, MaxDuration, ErrorMessage = PositiveDuration, ParseLimitsInInvariantCulture = true)]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often each node looks for Running jobs whose lease ran out (a dead node's jobs) and requeues them.</summary>
    [Range(typeof(TimeSpan), MinDuration, MaxDuration, ErrorMessage = PositiveDuration, ParseLimitsInInvariantCulture = true)]
    public TimeSpan RescueInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Fallback poll for due jobs (backoff, other nodes' submissions) when no wake-up arrives.</summary>
    [Range(typeof(TimeSpan), MinDuration, MaxDuration, ErrorMessage = PositiveDuration, ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most one progress event per job per interval reaches the store.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "must be a duration from 00:00:00 to 01:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often running jobs are checked against the run guards (free disk space).</summary>
    [Range(typeof(TimeSpan), MinDuration, MaxDuration, ErrorMessage = PositiveDuration, ParseLimitsInInvariantCulture = true)]
    public TimeSpan GuardInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Automatic attempts for errors marked transient (the first run included).</summary>
    [Range(1, 100, ErrorMessage = "must be a whole number from 1 to 100.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Crashes of its worker while it ran alone that a job survives; the next one fails it with <c>CrashLoop</c>.
    /// Crashes shared with other jobs do not count (the job then runs alone next time). A rescue is not an attempt.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "must be a whole number from 1 to 1000.")]
    public int MaxRescues { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", MaxDuration, ErrorMessage = "must be a duration from 00:00:00 to 1.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "must be a duration from 00:00:00 to 7.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Configuration first, then the pipeline's own default, then <see cref="DefaultConcurrency"/>.
    /// A configured 0 means this node never claims that type (another node runs them).
    /// </summary>
    public int ConcurrencyFor(IJobPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Concurrency.TryGetValue(pipeline.Type, out var n)
            ? Math.Max(0, n)
            : Math.Max(1, pipeline.DefaultConcurrency ?? DefaultConcurrency);
    }

    /// <summary>Rules between settings, beyond each one's own range.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HeartbeatInterval * 3 >= LeaseDuration)
        {
            // The lease watchdog stops a node's jobs once 2/3 of the lease pass without a renewal: with beats under a
            // third of the lease, a live node gets at least two renewals in before that mark.
            yield return new ValidationResult($"must be shorter than LeaseDuration divided by 3 (LeaseDuration is {LeaseDuration}), or the lease watchdog stops running jobs of a live node.", [nameof(HeartbeatInterval)]);
        }
        if (RetryBaseDelay > RetryMaxDelay)
        {
            yield return new ValidationResult($"must not be longer than RetryMaxDelay ({RetryMaxDelay}): the first retry would wait longer than any may.", [nameof(RetryBaseDelay)]);
        }
        foreach (var (type, n) in Concurrency.Where(c => c.Value is < 0 or > MaxConcurrency))
        {
            // 0 is allowed: this node runs none of that type.
            yield return new ValidationResult($"must be a whole number from 0 to {MaxConcurrency} (it is {n}; 0: this node runs none of this type).", [$"{nameof(Concurrency)}:{type}"]);
        }
    }
}
