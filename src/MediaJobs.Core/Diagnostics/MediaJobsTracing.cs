using System.Diagnostics;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Diagnostics;

/// <summary>
/// The engine's spans: one per job run (continuing the trace the job was submitted in), one per step
/// under it, and children for tool runs. Every span carries the job's correlation id.
/// </summary>
public static class MediaJobsTracing
{
    public const string SourceName = "MediaJobs";
    public const string JobIdTag = "mediajobs.job.id";
    public const string JobTypeTag = "mediajobs.job.type";
    public const string CorrelationIdTag = "mediajobs.correlation_id";
    public const string StepTag = "mediajobs.step";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The W3C <c>traceparent</c> of the caller's current span (to store with a job), or null.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>A run of <paramref name="job"/>: the child of its stored traceparent, else a new trace.</summary>
    public static Activity? StartJobRun(Job job) =>
        StartInTrace($"job {job.Type}", ActivityKind.Consumer, job.TraceParent)?
            .SetTag(JobIdTag, job.Id)
            .SetTag(JobTypeTag, job.Type)
            .SetTag(CorrelationIdTag, job.CorrelationId)
            .SetTag("mediajobs.job.attempt", job.Attempt);

    /// <summary>
    /// A span in the trace <paramref name="traceParent"/> names (a new trace when null), never under whatever
    /// happens to be current on a worker thread: a job's work belongs to the job's trace.
    /// </summary>
    public static Activity? StartInTrace(string name, ActivityKind kind, string? traceParent)
    {
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent);
        var previous = Activity.Current;
        Activity.Current = null;
        var activity = Source.StartActivity(name, kind, parent);
        if (activity is null)
        {
            Activity.Current = previous;
        }
        return activity;
    }

    public static Activity? StartStep(Job job, string step) =>
        Source.StartActivity($"step {step}")?
            .SetTag(JobIdTag, job.Id)
            .SetTag(JobTypeTag, job.Type)
            .SetTag(StepTag, step)
            .SetTag(CorrelationIdTag, job.CorrelationId);

    /// <summary>A child of the current span (a tool run, a delivery) that inherits its correlation id.</summary>
    public static Activity? StartChild(string name, ActivityKind kind = ActivityKind.Internal)
    {
        var correlationId = Activity.Current?.GetTagItem(CorrelationIdTag);
        var activity = Source.StartActivity(name, kind);
        activity?.SetTag(CorrelationIdTag, correlationId);
        return activity;
    }

    /// <summary>Marks the span failed with the error's code (stable, unlike its message).</summary>
    public static void Fail(Activity? activity, string code, string? message)
    {
        activity?.SetStatus(ActivityStatusCode.Error, message).SetTag("error.type", code);
    }
}
