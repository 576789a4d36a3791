using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Core.Webhooks;

/// <summary>Webhook settings (configuration section <c>MediaJobs:Webhooks</c>), checked at start-up.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Webhooks";

    /// <summary>
    /// The signing secret, <c>whsec_&lt;base64&gt;</c>. When empty, one is generated once and kept in
    /// the store's settings (key <see cref="WebhookSecret.SettingKey"/>).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Delay before each attempt, the first included: attempt n waits <c>Schedule[n-1]</c> after the
    /// previous one (the first after the event). Its length is the number of attempts.
    /// </summary>
    public List<TimeSpan> Schedule { get; set; } = [];

    /// <summary>Each non-zero delay is stretched or shrunk by up to this fraction at random.</summary>
    [Range(0.0, 1.0, ErrorMessage = "must be a fraction from 0 to 1.")]
    public double Jitter { get; set; } = 0.1;

    /// <summary>A longer Retry-After is cut to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "must be a duration from 00:00:00 to 30.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Time allowed for one attempt (connect, send, answer).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "must be a duration from 00:00:00.001 to 01:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many rows are sent at once.</summary>
    [Range(1, 1024, ErrorMessage = "must be a whole number from 1 to 1024.")]
    public int MaxParallel { get; set; } = 8;

    /// <summary>Fallback poll of the outbox when nothing wakes the dispatcher.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "must be a duration from 00:00:00.001 to 1.00:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Host names or IP literals the address guard lets through even when they are loopback or private.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Let webhooks reach loopback, private, link-local and metadata addresses (trusted networks only).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Standard Webhooks' recommended schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h.</summary>
    public static IReadOnlyList<TimeSpan> DefaultSchedule { get; } =
    [
        TimeSpan.Zero,
        TimeSpan.FromSeconds(5),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(5),
        TimeSpan.FromHours(10),
    ];

    public IReadOnlyList<TimeSpan> EffectiveSchedule => Schedule.Count > 0 ? Schedule : DefaultSchedule;

    /// <summary>A secret that cannot sign and a schedule that goes back in time stop the start.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Secret) && !IsWellFormed(Secret))
        {
            yield return new ValidationResult("must be 'whsec_' followed by the base64 of at least 16 bytes.", [nameof(Secret)]);
        }
        if (Schedule.Any(delay => delay < TimeSpan.Zero))
        {
            yield return new ValidationResult("must hold no negative delay.", [nameof(Schedule)]);
        }
    }

    private static bool IsWellFormed(string secret)
    {
        try
        {
            WebhookSecret.Parse(secret);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
