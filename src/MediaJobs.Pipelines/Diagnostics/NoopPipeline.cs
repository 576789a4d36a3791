using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Diagnostics;

/// <summary>
/// Job type <c>noop</c>: steps that do nothing. It measures the engine itself (benchmarks) and
/// lets an operator check that a node claims and finishes work. Input: <c>{"steps": 1..20}</c>.
/// </summary>
public sealed class NoopPipeline : IJobPipeline
{
    public const string TypeName = "noop";
    private const int MaxSteps = 20;

    public string Type => TypeName;

    public IReadOnlyList<string> Presets { get; } = ["default"];

    /// <summary>No-op jobs cost nothing: many at once measure the engine, not the box.</summary>
    public int? DefaultConcurrency => 32;

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        var count = new InputReader(submission.Input).Integer("steps", 1, 1, MaxSteps);
        return [.. Enumerable.Range(1, count).Select(i => $"noop-{i}")];
    }

    public IJobStep GetStep(string name) => new NoopStep(name);

    private sealed class NoopStep(string name) : IJobStep
    {
        public string Name => name;

        public Task ExecuteAsync(StepContext context, CancellationToken ct) => Task.CompletedTask;
    }
}
