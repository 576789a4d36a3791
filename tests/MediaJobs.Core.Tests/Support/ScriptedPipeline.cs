using System.Collections.Concurrent;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Tests.Support;

/// <summary>A job type whose steps run test-supplied code and count their runs.</summary>
internal sealed class ScriptedPipeline(string type, params (string Name, Func<StepContext, CancellationToken, Task> Body)[] steps) : IJobPipeline
{
    public ConcurrentDictionary<string, int> Runs { get; } = new();

    public string Type => type;

    public IReadOnlyList<string> Presets { get; } = ["default", "other"];

    public IReadOnlyCollection<string> RequiredTools { get; init; } = [];

    /// <summary>The tools one submission needs (<see cref="IJobPipeline.RequiredToolsFor"/>); none by default.</summary>
    public Func<JobSubmission, IReadOnlyList<string>> ToolsFor { get; init; } = _ => [];

    public IReadOnlyList<string> RequiredToolsFor(JobSubmission submission) => ToolsFor(submission);

    public IReadOnlyList<string> Prepare(JobSubmission submission) => [.. steps.Select(s => s.Name)];

    public IJobStep GetStep(string name)
    {
        var (stepName, body) = steps.Single(s => s.Name == name);
        return new Step(stepName, body, this);
    }

    public int RunsOf(string step) => Runs.GetValueOrDefault(step);

    private sealed class Step(string name, Func<StepContext, CancellationToken, Task> body, ScriptedPipeline owner) : IJobStep
    {
        public string Name => name;

        public Task ExecuteAsync(StepContext context, CancellationToken ct)
        {
            owner.Runs.AddOrUpdate(name, 1, (_, n) => n + 1);
            return body(context, ct);
        }
    }
}
