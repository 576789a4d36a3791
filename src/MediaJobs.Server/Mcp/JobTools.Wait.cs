using System.ComponentModel;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MediaJobs.Server.Mcp;

/// <summary><c>wait_for_job</c>: follows the job's event log and reports its progress as MCP progress notifications.</summary>
public sealed partial class JobTools
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);

    [McpServerTool(Name = "wait_for_job", ReadOnly = true, Idempotent = true)]
    [Description("Waits until the job ends (Succeeded, Failed, Cancelled or Skipped) or the timeout passes, sending progress "
        + "notifications (0-100, with the running step) meanwhile; returns the job as get_job does.")]
    public async Task<string> WaitForJobAsync(
        [Description("The job id.")] string jobId,
        IProgress<ProgressNotificationValue> progress,
        [Description("Give up waiting after this many seconds (1-3600, default 600); the job keeps running.")] int timeoutSeconds = 600,
        CancellationToken ct = default)
    {
        var job = await FindAsync(jobId, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds, 1, 3600)));
        var reported = -1.0;
        try
        {
            // From the start of its log: events written before this call are read first, so none is missed.
            await foreach (var e in service.FollowEventsAsync(jobId, 0, Heartbeat, timeout.Token))
            {
                if (job.Status.IsFinal())
                {
                    break;
                }
                if (e?.Payload["jobProgressPct"]?.GetValue<double>() is { } pct && pct > reported)
                {
                    // MCP progress only grows: a retry that starts over reports nothing until it passes the last value.
                    reported = pct;
                    progress.Report(new ProgressNotificationValue { Progress = (float)pct, Total = 100, Message = e.Message });
                }
                if (e is null || e.Type is JobEventTypes.JobStatus or JobEventTypes.JobCompleted or JobEventTypes.JobFailed)
                {
                    job = await FindAsync(jobId, ct);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The wait timed out; the answer below says the job is still going.
        }
        return request.Serialize(job.ToResponse(layout, pipelines));
    }
}
