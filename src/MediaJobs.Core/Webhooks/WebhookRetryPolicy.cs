namespace MediaJobs.Core.Webhooks;

/// <summary>When the next attempt of a row is due, from the schedule, jitter and the receiver's Retry-After.</summary>
public sealed class WebhookRetryPolicy(WebhookOptions options, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    public int MaxAttempts => options.EffectiveSchedule.Count;

    /// <summary>
    /// The delay before attempt <paramref name="attemptsSoFar"/> + 1, or null when none is left.
    /// A Retry-After replaces the scheduled delay (capped at <see cref="WebhookOptions.MaxRetryAfter"/>).
    /// </summary>
    public TimeSpan? NextDelay(int attemptsSoFar, TimeSpan? retryAfter)
    {
        var schedule = options.EffectiveSchedule;
        if (attemptsSoFar >= schedule.Count)
        {
            return null;
        }
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > options.MaxRetryAfter ? options.MaxRetryAfter : asked;
        }
        var delay = schedule[attemptsSoFar];
        if (delay <= TimeSpan.Zero || options.Jitter <= 0)
        {
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }
        var factor = 1 + (((_random() * 2) - 1) * Math.Min(options.Jitter, 1));
        return delay * factor;
    }
}
