using System.Collections.Concurrent;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Tests.Pipelines;

/// <summary>The request of <see cref="TypedPipeline"/>: the input's <c>word</c>.</summary>
internal sealed record WordRequest(string Word);

/// <summary>What <see cref="TypedPipeline"/>'s first step hands to the second.</summary>
internal sealed record Measured(int Letters, string Node);

/// <summary>
/// Job type <c>typed</c>: steps <c>measure</c> (sets <see cref="Letters"/>) then <c>use</c> (reads it), both handed the
/// run's <see cref="WordRequest"/>. Counts how often the request is read and records what each step was handed.
/// </summary>
internal sealed class TypedPipeline(string node) : IJobPipeline<WordRequest>
{
    public static readonly ResultKey<Measured> Letters = new("letters");

    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public ConcurrentQueue<(string Step, WordRequest Request)> Handed { get; } = new();

    /// <summary>When set, the <c>use</c> step fails with it (once).</summary>
    public Exception? FailUseOnce { get; set; }

    public string Type => "typed";

    public IReadOnlyList<string> Presets { get; } = ["default"];

    public IReadOnlyList<string> Prepare(JobSubmission submission) => ["measure", "use"];

    public WordRequest ReadRequest(Job job)
    {
        Interlocked.Increment(ref _reads);
        return new WordRequest((string)job.Input["word"]!);
    }

    public IJobStep GetStep(string name) => name == "measure" ? new MeasureStep(this) : new UseStep(this);

    private sealed class MeasureStep(TypedPipeline owner) : IJobStep<WordRequest>
    {
        public string Name => "measure";

        public Task ExecuteAsync(StepContext context, WordRequest request, CancellationToken ct)
        {
            owner.Handed.Enqueue((Name, request));
            context.Set(Letters, new Measured(request.Word.Length, owner.Node));
            return Task.CompletedTask;
        }
    }

    private sealed class UseStep(TypedPipeline owner) : IJobStep<WordRequest>
    {
        public string Name => "use";

        public Task ExecuteAsync(StepContext context, WordRequest request, CancellationToken ct)
        {
            owner.Handed.Enqueue((Name, request));
            if (owner.FailUseOnce is { } failure)
            {
                owner.FailUseOnce = null;
                throw failure;
            }
            var measured = context.Get(Letters);
            context.SetResult("summary", $"{request.Word}: {measured.Letters} letters, measured on {measured.Node}, used on {owner.Node}");
            return Task.CompletedTask;
        }
    }

    public string Node => node;
}
