namespace MediaJobs.Core.Pipelines;

/// <summary>
/// One step. It writes into <see cref="StepContext.WorkDirectory"/> and publishes results with
/// <see cref="StepContext.PublishArtifactAsync"/> (an atomic move), so running it twice is safe.
/// </summary>
public interface IJobStep
{
    string Name { get; }

    Task ExecuteAsync(StepContext context, CancellationToken ct);
}
