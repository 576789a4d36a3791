namespace MediaJobs.Core.Storage;

/// <param name="Lost">Ids this worker no longer holds (requeued elsewhere or deleted).</param>
/// <param name="CancelRequested">Held ids whose cancel flag is set.</param>
public sealed record LeaseRenewal(IReadOnlyCollection<string> Lost, IReadOnlyCollection<string> CancelRequested);
