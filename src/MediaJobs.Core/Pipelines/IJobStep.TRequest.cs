namespace MediaJobs.Core.Pipelines;

/// <summary>
/// A step of a pipeline with a typed request (<see cref="IJobPipeline{TRequest}"/>): it is handed the request the
/// run read once, instead of reading the job's input itself.
/// </summary>
public interface IJobStep<in TRequest> : IJobStep
    where TRequest : class
{
    Task ExecuteAsync(StepContext context, TRequest request, CancellationToken ct);

    Task IJobStep.ExecuteAsync(StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context, context.Request<TRequest>(), ct);
    }
}
