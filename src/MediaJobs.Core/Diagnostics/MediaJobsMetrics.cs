using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MediaJobs.Core.Diagnostics;

/// <summary>
/// The engine's instruments (System.Diagnostics.Metrics, so Core needs no exporter). Names follow
/// Prometheus conventions once exported; every label is bounded: job types, step names, tools and
/// error codes are label values, job ids never are. One instance per host (from its
/// <see cref="IMeterFactory"/>), so two servers in one process never mix their numbers.
/// </summary>
public sealed partial class MediaJobsMetrics : IDisposable
{
    public const string MeterName = "MediaJobs";

    private readonly Meter _meter;
    private readonly Counter<long> _claims;
    private readonly Counter<long> _started;
    private readonly Counter<long> _finished;
    private readonly Histogram<double> _jobDuration;
    private readonly Histogram<double> _stepDuration;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _rescues;
    private readonly Counter<long> _progressEvents;
    private readonly UpDownCounter<long> _subscribers;
    private readonly Counter<long> _jobCounters;
    private readonly Counter<long> _pruned;

    public MediaJobsMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(new MeterOptions(MeterName)) ?? new Meter(MeterName);
        _claims = _meter.CreateCounter<long>("mediajobs_claims", description: "Jobs this node claimed from the queue (rate() gives claims/s).");
        _started = _meter.CreateCounter<long>("mediajobs_jobs_started", description: "Job runs started (each attempt counts).");
        _finished = _meter.CreateCounter<long>("mediajobs_jobs_finished", description: "Jobs that reached a final status, by outcome.");
        _jobDuration = _meter.CreateHistogram<double>("mediajobs_job_duration", "s", "From a job's first start to its final status.");
        _stepDuration = _meter.CreateHistogram<double>("mediajobs_step_duration", "s", "One run of a step, by step name and outcome.");
        _failures = _meter.CreateCounter<long>("mediajobs_job_failures", description: "Jobs failed for good, by error code.");
        _retries = _meter.CreateCounter<long>("mediajobs_job_retries", description: "Retries: automatic (transient error, backoff) or manual.");
        _rescues = _meter.CreateCounter<long>("mediajobs_job_rescues", description: "Running jobs requeued because their worker's lease expired or its node restarted.");
        _progressEvents = _meter.CreateCounter<long>("mediajobs_progress_events", description: "step-progress events written to the event log.");
        _subscribers = _meter.CreateUpDownCounter<long>("mediajobs_event_stream_subscribers", description: "Open event streams (SSE and other followers).");
        _jobCounters = _meter.CreateCounter<long>("mediajobs_job_counter", null, "Named amounts succeeded jobs add to their owner's counters (e.g. counter=\"bytes_saved\" for transcodes).");
        _pruned = _meter.CreateCounter<long>("mediajobs_jobs_pruned", description: "Finished jobs deleted by retention, by status.");
        _webhookDeliveries = _meter.CreateCounter<long>("mediajobs_webhook_deliveries", description: "Webhook delivery attempts, by outcome.");
        _webhookDuration = _meter.CreateHistogram<double>("mediajobs_webhook_delivery_duration", "s", "Time of one webhook delivery attempt.");
        _toolRuns = _meter.CreateCounter<long>("mediajobs_tool_runs", description: "External tool runs, by tool and exit code.");
        _toolDuration = _meter.CreateHistogram<double>("mediajobs_tool_run_duration", "s", "Time of one external tool run.");
    }

    /// <summary>The meter, for instruments that live beside their data source (the queue depth gauge).</summary>
    public Meter Meter => _meter;

    public void Claimed(string type, int count)
    {
        if (count > 0)
        {
            _claims.Add(count, Tag("type", type));
        }
    }

    public void Started(string type) => _started.Add(1, Tag("type", type));

    /// <param name="outcome">succeeded, failed, cancelled or skipped.</param>
    public void Finished(string type, string outcome, TimeSpan? duration)
    {
        var tags = new TagList { { "type", type }, { "outcome", outcome } };
        _finished.Add(1, tags);
        if (duration is { } d)
        {
            _jobDuration.Record(Math.Max(0, d.TotalSeconds), tags);
        }
    }

    public void StepFinished(string type, string step, string outcome, TimeSpan duration) =>
        _stepDuration.Record(Math.Max(0, duration.TotalSeconds), new TagList { { "type", type }, { "step", step }, { "outcome", outcome } });

    /// <summary>The code up to its first ':' (<c>ToolNotFound:ffmpeg</c> → <c>ToolNotFound</c>) keeps the label set bounded.</summary>
    public void Failed(string type, string code) =>
        _failures.Add(1, new TagList { { "type", type }, { "code", ErrorCodeLabel(code) } });

    /// <param name="kind">automatic or manual.</param>
    public void Retried(string type, string kind) => _retries.Add(1, new TagList { { "type", type }, { "kind", kind } });

    /// <param name="reason">lease_expired or node_restart.</param>
    public void Rescued(string type, string reason) => _rescues.Add(1, new TagList { { "type", type }, { "reason", reason } });

    public void ProgressEventsWritten(string type, int count)
    {
        if (count > 0)
        {
            _progressEvents.Add(count, Tag("type", type));
        }
    }

    /// <param name="scope">job (one job's stream) or all (the global stream).</param>
    public void SubscriberOpened(string scope) => _subscribers.Add(1, Tag("scope", scope));

    public void SubscriberClosed(string scope) => _subscribers.Add(-1, Tag("scope", scope));

    /// <summary>A succeeded job's named counter amount (a pipeline's own name, e.g. a transcode's saved bytes).</summary>
    public void CounterAdded(string type, string counter, long amount)
    {
        if (amount > 0)
        {
            _jobCounters.Add(amount, Tag("type", type), new KeyValuePair<string, object?>("counter", counter));
        }
    }

    public void Pruned(string status, int count)
    {
        if (count > 0)
        {
            _pruned.Add(count, Tag("status", status));
        }
    }

    internal static string ErrorCodeLabel(string code)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? code[..colon] : code;
    }

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);

    public void Dispose() => _meter.Dispose();
}
