using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Retention;

/// <summary>
/// How long finished jobs are kept (configuration section <c>MediaJobs:Retention</c>), per final status, in days
/// from the job's end; 0 keeps that status for ever. Checked at start-up.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "MediaJobs:Retention";

    private const string Days = "must be a number of days from 0 (keep for ever) to 36500.";

    [Range(0, 36500, ErrorMessage = Days)]
    public double SucceededDays { get; set; } = 14;

    [Range(0, 36500, ErrorMessage = Days)]
    public double SkippedDays { get; set; } = 14;

    [Range(0, 36500, ErrorMessage = Days)]
    public double FailedDays { get; set; } = 30;

    [Range(0, 36500, ErrorMessage = Days)]
    public double CancelledDays { get; set; } = 30;

    /// <summary>Jobs deleted per store transaction, so a large backlog never holds the store for long.</summary>
    [Range(1, 10_000, ErrorMessage = "must be a whole number from 1 to 10000.")]
    public int BatchSize { get; set; } = 200;

    /// <summary>Time between two automatic sweeps (the first runs at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "must be a duration from 00:00:01 to 7.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The statuses with an age limit, and that limit.</summary>
    public IEnumerable<(JobStatus Status, TimeSpan MaxAge)> Limits()
    {
        foreach (var (status, days) in new[]
        {
            (JobStatus.Succeeded, SucceededDays), (JobStatus.Skipped, SkippedDays),
            (JobStatus.Failed, FailedDays), (JobStatus.Cancelled, CancelledDays),
        })
        {
            if (days > 0)
            {
                yield return (status, TimeSpan.FromDays(days));
            }
        }
    }
}
