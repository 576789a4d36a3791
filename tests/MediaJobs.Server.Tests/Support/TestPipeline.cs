using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Server.Tests.Support;

/// <summary>
/// Job type <c>test</c>, one step <c>work</c> whose behaviour is the preset: <c>artifact</c> publishes a
/// small text file as the job's output, <c>block</c> runs until cancelled, <c>fail</c> fails for good.
/// </summary>
public sealed class TestPipeline : IJobPipeline
{
    public const string TypeName = "test";
    public const string ArtifactName = "hello.txt";
    public const string ArtifactText = "hello from mediajobs";

    public string Type => TypeName;

    public IReadOnlyList<string> Presets { get; } = ["artifact", "block", "fail"];

    public IReadOnlyList<string> Prepare(JobSubmission submission) => ["work"];

    public IJobStep GetStep(string name) => new WorkStep();

    private sealed class WorkStep : IJobStep
    {
        public string Name => "work";

        public async Task ExecuteAsync(StepContext context, CancellationToken ct)
        {
            switch (context.Job.Preset)
            {
                case "artifact":
                    var file = Path.Combine(context.WorkDirectory, ArtifactName);
                    await File.WriteAllTextAsync(file, ArtifactText, ct);
                    await context.PublishArtifactAsync(file, ArtifactName, "text/plain", ArtifactUse.Output, ct);
                    break;
                case "block":
                    await Task.Delay(Timeout.Infinite, ct);
                    break;
                default:
                    throw new MediaJobsException(new JobError("TestFailure", "Failed on purpose.", "Nothing to do: this is a test."));
            }
        }
    }
}
