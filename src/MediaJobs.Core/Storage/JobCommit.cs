using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Storage;

/// <summary>A snapshot write with the events it explains.</summary>
/// <param name="MoveToFrontOfQueue">Give the job a queue position ahead of every other queued job (pause, shutdown).</param>
/// <param name="CounterDeltas">Counters to add to in the same transaction (e.g. bytes saved by a finished job).</param>
/// <param name="ClearCancelRequest">Also reset the cancel flag (a retry starts a fresh run), which snapshots never touch.</param>
public sealed record JobCommit(
    Job Job,
    long ExpectedVersion,
    IReadOnlyList<NewJobEvent> Events,
    bool MoveToFrontOfQueue = false,
    IReadOnlyDictionary<string, long>? CounterDeltas = null,
    bool ClearCancelRequest = false);
