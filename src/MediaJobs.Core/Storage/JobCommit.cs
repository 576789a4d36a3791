using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Storage;

/// <summary>A snapshot write with the events it explains.</summary>
/// <param name="MoveToFrontOfQueue">Give the job a queue position ahead of every other queued job (pause, shutdown).</param>
/// <param name="CounterDeltas">
/// Named counters to add to in the same transaction, under the job's owner (see <see cref="IJobStore.AddToCountersAsync"/>):
/// a succeeded job's <see cref="Job.Counters"/>.
/// </param>
/// <param name="ClearCancelRequest">Also reset the cancel flag (a retry starts a fresh run), which snapshots never touch.</param>
public sealed record JobCommit(
    Job Job,
    long ExpectedVersion,
    IReadOnlyList<NewJobEvent> Events,
    bool MoveToFrontOfQueue = false,
    IReadOnlyDictionary<string, long>? CounterDeltas = null,
    bool ClearCancelRequest = false);
