using System.Collections.Concurrent;
using System.Diagnostics;
using MediaJobs.Core.Diagnostics;

namespace MediaJobs.Core.Webhooks;

// Each delivery continues its job's trace (a span, and a traceparent header receivers can follow) and is counted.
public sealed partial class WebhookDispatcher
{
    public const string TraceParentHeader = "traceparent";

    // A job's traceparent and correlation id never change after submission; rows of one job share one store read.
    private readonly ConcurrentDictionary<string, JobTrace> _traces = new(StringComparer.Ordinal);

    private async Task<JobTrace> TraceOfAsync(string jobId, CancellationToken ct)
    {
        if (_traces.TryGetValue(jobId, out var known))
        {
            return known;
        }
        if (_traces.Count >= MaxCachedTargets)
        {
            _traces.Clear();
        }
        var job = await _store.GetAsync(jobId, ct);
        return _traces[jobId] = new JobTrace(job?.TraceParent, job?.CorrelationId);
    }

    private static Activity? StartDeliverySpan(WebhookDelivery row, JobTrace trace) =>
        MediaJobsTracing.StartInTrace($"webhook {row.Kind}", ActivityKind.Producer, trace.TraceParent)?
            .SetTag(MediaJobsTracing.JobIdTag, row.JobId)
            .SetTag(MediaJobsTracing.CorrelationIdTag, trace.CorrelationId)
            .SetTag("mediajobs.webhook.attempt", row.Attempts + 1);

    /// <summary>The signed headers plus <c>traceparent</c>: the delivery's span, or the job's own when tracing is off.</summary>
    private static Dictionary<string, string> WithTraceParent(IReadOnlyDictionary<string, string> headers, Activity? span, string? jobTraceParent)
    {
        var all = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        if ((span?.Id ?? jobTraceParent) is { } traceParent)
        {
            all[TraceParentHeader] = traceParent;
        }
        return all;
    }

    private static string OutcomeLabel(WebhookAttempt attempt, WebhookSendResult result) => attempt.Status switch
    {
        WebhookDeliveryStatus.Delivered => "delivered",
        WebhookDeliveryStatus.Failed => "failed",
        _ => result.StatusCode is null && result.Error?.StartsWith("No answer", StringComparison.Ordinal) == true ? "timeout" : "retry",
    };

    private sealed record JobTrace(string? TraceParent, string? CorrelationId);
}
