using System.Text.Json.Nodes;
using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Events;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Webhooks;

// The delivery loop: claim due rows, send, record.
public sealed partial class WebhookDispatcher
{
    private const int ClaimBatch = 32;

    private async Task DeliverOnceAsync(CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        // The claim's lease outlives one attempt: nobody else sends the row meanwhile.
        var leaseUntil = now + _options.Timeout + _options.Timeout;
        var due = await _store.ClaimDueWebhooksAsync(now, leaseUntil, ClaimBatch, ct);
        if (due.Count > 0)
        {
            // Rows of one job go in order (progress before completion); jobs go in parallel.
            using var slots = new SemaphoreSlim(Math.Max(1, _options.MaxParallel));
            await Task.WhenAll(due.GroupBy(d => d.JobId, StringComparer.Ordinal).Select(async group =>
            {
                var rows = group.ToList();
                var sent = 0;
                var entered = false;
                try
                {
                    await slots.WaitAsync(ct);
                    entered = true;
                    for (; sent < rows.Count; sent++)
                    {
                        await DeliverAsync(rows[sent], ct);
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // Shutting down: hand back what this pass claimed but did not send.
                    foreach (var row in rows.Skip(sent + 1))
                    {
                        await ReleaseAsync(row);
                    }
                    if (!entered && sent == 0)
                    {
                        await ReleaseAsync(rows[0]);
                    }
                    throw;
                }
                finally
                {
                    if (entered)
                    {
                        slots.Release();
                    }
                }
            }));
            if (due.Count == ClaimBatch)
            {
                return;
            }
        }
        var next = await _store.GetNextWebhookDueAsync(ct);
        var wait = next is { } at ? at - _time.GetUtcNow() : _options.PollInterval;
        if (wait > TimeSpan.Zero)
        {
            await _deliveryWake.WaitAsync(wait < _options.PollInterval ? wait : _options.PollInterval, _time, ct);
        }
    }

    private async Task DeliverAsync(WebhookDelivery row, CancellationToken ct)
    {
        WebhookSendResult result;
        var trace = await TraceOfAsync(row.JobId, ct);
        using var span = StartDeliverySpan(row, trace);
        var started = _time.GetTimestamp();
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(_options.Timeout);
            var headers = WithTraceParent(_signer!.Headers(row.Id, _time.GetUtcNow(), row.Payload), span, trace.TraceParent);
            var request = new WebhookRequest(row.Url, row.Payload, row.Token, headers);
            try
            {
                result = await _sender.SendAsync(request, timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                result = new WebhookSendResult(null, null, $"No answer within {_options.Timeout.TotalSeconds:0.###} s.");
            }
            catch (OperationCanceledException)
            {
                // Shutting down mid-send: hand the row back (attempt not counted) rather than
                // leave it claimed until the lease ends; the next start sends it again.
                await ReleaseAsync(row);
                throw;
            }
        }
        var attempt = Outcome(row, result);
        _metrics?.WebhookAttempted(OutcomeLabel(attempt, result), _time.GetElapsedTime(started));
        span?.SetTag("http.response.status_code", result.StatusCode);
        if (!result.Delivered)
        {
            MediaJobsTracing.Fail(span, "WebhookNotDelivered", attempt.Error);
        }
        await _store.RecordWebhookAttemptAsync(attempt, CancellationToken.None);
    }

    /// <summary>Makes a claimed row due again at once, without counting an attempt.</summary>
    private Task ReleaseAsync(WebhookDelivery row)
    {
        var now = _time.GetUtcNow();
        return _store.RecordWebhookAttemptAsync(
            new WebhookAttempt(row.Id, WebhookDeliveryStatus.Pending, row.Attempts, now, row.LastStatusCode, row.LastError, now, null),
            CancellationToken.None);
    }

    private WebhookAttempt Outcome(WebhookDelivery row, WebhookSendResult result)
    {
        var now = _time.GetUtcNow();
        var attempts = row.Attempts + 1;
        var error = result.Delivered ? null : result.Error ?? $"The receiver answered {result.StatusCode}.";
        if (result.Delivered)
        {
            return new(row.Id, WebhookDeliveryStatus.Delivered, attempts, null, result.StatusCode, null, now,
                DeliveryEvent(row, JobEventTypes.WebhookDelivered, EventLevel.Info, $"Webhook '{row.Kind}' delivered (attempt {attempts})", attempts, result, now));
        }
        var delay = result.Permanent ? null : _policy.NextDelay(attempts, result.RetryAfter);
        if (delay is { } wait)
        {
            return new(row.Id, WebhookDeliveryStatus.Pending, attempts, now + wait, result.StatusCode, error, now, null);
        }
        LogGaveUp(_logger, row.Id, row.JobId, attempts, error);
        return new(row.Id, WebhookDeliveryStatus.Failed, attempts, null, result.StatusCode, error, now,
            DeliveryEvent(row, JobEventTypes.WebhookFailed, EventLevel.Warning, $"Webhook '{row.Kind}' failed after {attempts} attempt(s): {error}", attempts, result, now));
    }

    private static NewJobEvent DeliveryEvent(WebhookDelivery row, string type, EventLevel level, string message, int attempts, WebhookSendResult result, DateTimeOffset now) =>
        new(row.JobId, type, level, message, new JsonObject
        {
            ["deliveryId"] = row.Id,
            ["webhook"] = row.Kind,
            ["eventId"] = row.EventId,
            ["attempts"] = attempts,
            ["statusCode"] = result.StatusCode,
            ["error"] = result.Delivered ? null : result.Error,
        }, now);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {DeliveryId} of job {JobId} failed for good after {Attempts} attempt(s): {Error}")]
    private static partial void LogGaveUp(ILogger logger, string deliveryId, string jobId, int attempts, string? error);
}
