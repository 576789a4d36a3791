namespace MediaJobs.Pipelines.Video;

/// <summary>
/// How the narration step retries one sentence whose voice failed transiently (HTTP 429/408/5xx, network): up to
/// <see cref="MaxRetries"/> times, waiting the provider's Retry-After when it sends one, else an exponential backoff
/// with jitter. Only when these are spent does the step fail (transiently, so the engine may run it again, and the
/// sentences already spoken are kept). A Retry-After longer than <see cref="MaxRetryAfter"/> is not waited out here:
/// the step fails at once and the engine's retry honours it.
/// </summary>
public sealed record SpeechRetryPolicy
{
    public static SpeechRetryPolicy Default { get; } = new();

    public int MaxRetries { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 = the first), or null when the sentence is not retried
    /// in the step. <paramref name="jitter"/> scales the backoff (the caller draws it from 0.8–1.2). Pure.
    /// </summary>
    public TimeSpan? DelayBefore(int retry, TimeSpan? retryAfter, double jitter)
    {
        if (retry < 1 || retry > MaxRetries)
        {
            return null;
        }
        if (retryAfter is { } hint)
        {
            return hint > MaxRetryAfter ? null : hint < TimeSpan.Zero ? TimeSpan.Zero : hint;
        }
        var backoff = BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1) * jitter;
        return TimeSpan.FromMilliseconds(Math.Min(backoff, MaxDelay.TotalMilliseconds));
    }

    /// <summary>A fresh jitter factor in 0.8–1.2, so sentences that failed together do not retry together.</summary>
    public static double NextJitter() => 0.8 + (Random.Shared.NextDouble() * 0.4);
}
