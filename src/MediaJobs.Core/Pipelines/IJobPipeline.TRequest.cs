using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Pipelines;

/// <summary>
/// A job type whose input is read into one typed request (River's <c>JobArgs</c>): <see cref="IJobPipeline.Prepare"/>
/// validates a submission into it, and <see cref="ReadRequest"/> reads it back from the stored job once per run; the
/// engine hands that one object to every step of the run (<see cref="StepContext.Request{TRequest}"/>,
/// <see cref="IJobStep{TRequest}"/>), so no step parses the input again. The engine never learns what it holds.
/// </summary>
public interface IJobPipeline<out TRequest> : IJobPipeline
    where TRequest : class
{
    /// <summary>
    /// The request of a job this pipeline accepted (its input, preset and options as <see cref="IJobPipeline.Prepare"/>
    /// left them). Called once per run, before the first step that asks for it; what it throws fails that step.
    /// </summary>
    TRequest ReadRequest(Job job);
}
