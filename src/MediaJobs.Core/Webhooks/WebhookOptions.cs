namespace MediaJobs.Core.Webhooks;

/// <summary>Webhook settings (configuration section <c>MediaJobs:Webhooks</c>).</summary>
public sealed class WebhookOptions
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
    public double Jitter { get; set; } = 0.1;

    /// <summary>A longer Retry-After is cut to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Time allowed for one attempt (connect, send, answer).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many rows are sent at once.</summary>
    public int MaxParallel { get; set; } = 8;

    /// <summary>Fallback poll of the outbox when nothing wakes the dispatcher.</summary>
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
}
