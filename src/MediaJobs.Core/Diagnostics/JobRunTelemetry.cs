using System.Diagnostics;
using MediaJobs.Core.Jobs;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Diagnostics;

/// <summary>
/// What one run of a job reports besides its events: the run's span and its steps' spans, the
/// run and step metrics, and a log scope with the job id and correlation id. The runner calls it at
/// each transition, so the engine keeps one line per hook.
/// </summary>
internal sealed class JobRunTelemetry : IDisposable
{
    private readonly Job _job;
    private readonly MediaJobsMetrics? _metrics;
    private readonly TimeProvider _time;
    private readonly Activity? _run;
    private readonly IDisposable? _logScope;
    private Activity? _step;
    private long _stepStarted;

    public JobRunTelemetry(Job job, MediaJobsMetrics? metrics, ILogger logger, TimeProvider time)
    {
        _job = job;
        _metrics = metrics;
        _time = time;
        _run = MediaJobsTracing.StartJobRun(job);
        _logScope = logger.BeginScope(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["JobId"] = job.Id,
            ["JobType"] = job.Type,
            ["CorrelationId"] = job.CorrelationId,
        });
    }

    public void RunStarted() => _metrics?.Started(_job.Type);

    public void StepStarted(StepRecord step)
    {
        _step = MediaJobsTracing.StartStep(_job, step.Name);
        _stepStarted = _time.GetTimestamp();
    }

    /// <param name="outcome">succeeded, failed, cancelled, skipped or requeued.</param>
    public void StepEnded(StepRecord? step, string outcome, string? errorCode = null)
    {
        if (step is null || _step is null)
        {
            return;
        }
        if (errorCode is not null)
        {
            MediaJobsTracing.Fail(_step, errorCode, step.Errors.LastOrDefault()?.Message);
        }
        _step.SetTag("mediajobs.outcome", outcome);
        _step.Dispose();
        _step = null;
        _metrics?.StepFinished(_job.Type, step.Name, outcome, _time.GetElapsedTime(_stepStarted));
    }

    /// <summary>The job reached a final status in this run.</summary>
    public void Finished(string outcome, JobError? error = null)
    {
        _metrics?.Finished(_job.Type, outcome, _job.EndedUtc - _job.StartedUtc);
        if (outcome == "succeeded")
        {
            foreach (var (name, amount) in _job.Counters)
            {
                _metrics?.CounterAdded(_job.Type, name, amount);
            }
        }
        if (error is not null)
        {
            _metrics?.Failed(_job.Type, error.Code);
            MediaJobsTracing.Fail(_run, error.Code, error.Message);
        }
        _run?.SetTag("mediajobs.outcome", outcome);
    }

    /// <summary>Back to the queue: automatic retry (counted), or pause / shutdown / snooze (not a retry).</summary>
    public void Requeued(bool automaticRetry, string? errorCode = null)
    {
        if (automaticRetry)
        {
            _metrics?.Retried(_job.Type, "automatic");
        }
        if (errorCode is not null)
        {
            MediaJobsTracing.Fail(_run, errorCode, null);
        }
        _run?.SetTag("mediajobs.outcome", "requeued");
    }

    public void Dispose()
    {
        _step?.Dispose();
        _run?.Dispose();
        _logScope?.Dispose();
    }
}
