using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Webhooks;

/// <summary>
/// Webhooks from the event log, through a durable outbox. One loop reads events after the stored
/// cursor and turns those of jobs with a webhook into outbox rows (idempotent per event and URL);
/// another claims due rows, signs and sends them, and records each attempt with its retry time.
/// At-least-once: a crash after a send but before its record re-sends the row (same webhook-id,
/// so receivers can de-duplicate).
/// </summary>
public sealed partial class WebhookDispatcher : BackgroundService
{
    private const int EventPage = 500;
    private const int MaxCachedTargets = 10_000;

    private readonly IJobStore _store;
    private readonly IWebhookSender _sender;
    private readonly IWebhookPayloadFormat _format;
    private readonly WebhookOptions _options;
    private readonly WebhookRetryPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly WakeSignal _deliveryWake = new();
    // A job's webhook never changes after submission, so what we learnt stays true.
    private readonly Dictionary<string, WebhookTarget?> _targets = new(StringComparer.Ordinal);
    private WebhookSigner? _signer;
    private readonly MediaJobsMetrics? _metrics;

    public WebhookDispatcher(
        IJobStore store,
        IWebhookSender sender,
        IWebhookPayloadFormat format,
        WebhookOptions options,
        TimeProvider time,
        ILogger<WebhookDispatcher> logger,
        MediaJobsMetrics? metrics = null)
    {
        _metrics = metrics;
        _store = store;
        _sender = sender;
        _format = format;
        _options = options;
        _policy = new WebhookRetryPolicy(options);
        _time = time;
        _logger = logger;
    }

    /// <summary>The secret is settled before start returns: configured, stored, or generated and stored.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _signer = new WebhookSigner(WebhookSecret.Parse(await ResolveSecretAsync(cancellationToken)));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var fill = RunLoopAsync("Turning events into webhooks", FillOnceAsync, stoppingToken);
        var deliver = RunLoopAsync("Delivering webhooks", DeliverOnceAsync, stoppingToken);
        await Task.WhenAll(fill, deliver);
    }

    private async Task<string> ResolveSecretAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(_options.Secret))
        {
            return _options.Secret;
        }
        var stored = await _store.GetSettingAsync(WebhookSecret.SettingKey, ct);
        if (stored is null)
        {
            stored = WebhookSecret.Generate();
            await _store.SetSettingAsync(WebhookSecret.SettingKey, stored, ct);
            var howToRead = _store is IStoreAdvice advice ? advice.HowToReadSetting(WebhookSecret.SettingKey) : "the store's settings";
            LogSecretGenerated(_logger, WebhookSecret.SettingKey, howToRead);
        }
        return stored;
    }

    private async Task RunLoopAsync(string what, Func<CancellationToken, Task> once, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await once(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store hiccup must not stop webhooks for good: the rows and the cursor are durable.
                LogLoopFailed(_logger, ex, what);
                try
                {
                    await Task.Delay(_options.PollInterval, _time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass of the outbox fill: rows for every new event, then wait for the feed.</summary>
    private async Task FillOnceAsync(CancellationToken ct)
    {
        var published = _store.Feed.LastPublishedId;
        var cursor = await _store.GetWebhookCursorAsync(ct);
        var events = await _store.ReadEventsAsync(new EventQuery(null, cursor, EventPage), ct);
        if (events.Count > 0)
        {
            var rows = await RowsForAsync(events, ct);
            if (await _store.AddWebhookDeliveriesAsync(rows, events[^1].Id, ct) > 0)
            {
                _deliveryWake.Set();
            }
            if (events.Count == EventPage)
            {
                return;
            }
        }
        await _store.Feed.WaitAsync(Math.Max(published, events.Count > 0 ? events[^1].Id : cursor), _options.PollInterval, _time, ct);
    }

    private async Task<List<WebhookDelivery>> RowsForAsync(IReadOnlyList<JobEvent> events, CancellationToken ct)
    {
        var rows = new List<WebhookDelivery>();
        var jobs = new Dictionary<string, Job?>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (_format.KindOf(e) is null)
            {
                continue;
            }
            if (_targets.TryGetValue(e.JobId, out var known) && known is null)
            {
                continue;
            }
            if (!jobs.TryGetValue(e.JobId, out var job))
            {
                job = await _store.GetAsync(e.JobId, ct);
                jobs[e.JobId] = job;
                Remember(e.JobId, job?.Webhook);
            }
            if (job?.Webhook is not { } target || _format.Build(job, target, e) is not { } payload)
            {
                continue;
            }
            var now = _time.GetUtcNow();
            rows.Add(new WebhookDelivery
            {
                Id = WebhookDelivery.NewId(_time),
                JobId = job.Id,
                EventId = e.Id,
                Kind = _format.KindOf(e)!,
                Url = target.Url,
                Token = target.Token,
                Payload = payload.ToJsonString(),
                NextAttemptUtc = now + (_policy.NextDelay(0, null) ?? TimeSpan.Zero),
                CreatedUtc = now,
            });
        }
        return rows;
    }

    private void Remember(string jobId, WebhookTarget? target)
    {
        if (_targets.Count >= MaxCachedTargets)
        {
            _targets.Clear();
        }
        _targets[jobId] = target;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No MediaJobs:Webhooks:Secret configured: generated one and stored it in the store's settings under key '{Key}' (read it with: {HowToRead}). Receivers need it to verify signatures.")]
    private static partial void LogSecretGenerated(ILogger logger, string key, string howToRead);

    [LoggerMessage(Level = LogLevel.Error, Message = "{What} failed; retrying shortly")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception, string what);
}
