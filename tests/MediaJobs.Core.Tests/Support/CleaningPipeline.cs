using System.Collections.Concurrent;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Tests.Support;

/// <summary>
/// A scripted job type that also cleans up (<see cref="IJobCleanup"/>). Each call appends
/// "clean:&lt;job id&gt;:&lt;status passed&gt;:&lt;what the probe saw&gt;" to <see cref="Log"/>, which the test's steps may share.
/// </summary>
internal sealed class CleaningPipeline(ScriptedPipeline steps, ConcurrentQueue<string>? log = null, Func<Job, Task<string>>? probe = null)
    : IJobPipeline, IJobCleanup
{
    public ConcurrentQueue<string> Log { get; } = log ?? new();

    /// <summary>Every call throws after logging, as a clean-up on a broken disk would.</summary>
    public bool Fails { get; init; }

    public string Type => steps.Type;

    public IReadOnlyList<string> Presets => steps.Presets;

    public IReadOnlyList<string> Prepare(JobSubmission submission) => steps.Prepare(submission);

    public IJobStep GetStep(string name) => steps.GetStep(name);

    public IReadOnlyList<string> CallsFor(string jobId) => [.. Log.Where(l => l.StartsWith("clean:" + jobId + ":", StringComparison.Ordinal))];

    public async Task CleanUpAsync(Job job, CancellationToken ct)
    {
        var seen = probe is null ? "" : await probe(job);
        Log.Enqueue($"clean:{job.Id}:{job.Status}:{seen}");
        if (Fails)
        {
            throw new IOException("disk gone");
        }
    }
}
