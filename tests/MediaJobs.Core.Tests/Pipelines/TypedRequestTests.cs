using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Pipelines;

/// <summary>
/// A pipeline's typed request is read once per run and handed to every step; what a step hands on as a typed result
/// is stored with the job, so a step resumed in a later run on another node still sees it.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class TypedRequestTests : EngineTestBase
{
    private static JobSubmission Tides() => new() { Type = "typed", Input = new JsonObject { ["word"] = "tides" } };

    [Fact]
    public async Task Run_TwoSteps_BothHandedTheOneRequestReadOnce()
    {
        var pipeline = new TypedPipeline("node-a");
        var h = Track(await EngineHarness.CreateAsync(o => o.NodeName = "node-a", pipeline));
        await h.StartAsync();

        var job = await h.SubmitAsync(Tides());
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(1, pipeline.Reads);
        var handed = pipeline.Handed.ToArray();
        Assert.Equal(["measure", "use"], handed.Select(x => x.Step));
        Assert.Same(handed[0].Request, handed[1].Request);
        Assert.Equal("tides", handed[0].Request.Word);
        Assert.Equal("tides: 5 letters, measured on node-a, used on node-a", (string?)done.Results["summary"]);
        // The typed result is stored as plain JSON under its name.
        Assert.Equal(5, (int?)done.Results["letters"]?["letters"]);
    }

    [Fact]
    public async Task Retry_OnAnotherNode_ResumesAtTheFailedStepWithTheEarlierStepsState()
    {
        var first = new TypedPipeline("node-a") { FailUseOnce = new MediaJobsException(new JobError("Flaky", "use failed", "retry")) };
        var nodeA = await EngineHarness.CreateAsync(o => o.NodeName = "node-a", first);
        var root = nodeA.Root;
        string id;
        await using (nodeA)
        {
            await nodeA.StartAsync();
            id = (await nodeA.SubmitAsync(Tides())).Id;
            await nodeA.WaitForStatusAsync(id, JobStatus.Failed);
        }
        var second = new TypedPipeline("node-b");
        var nodeB = Track(await EngineHarness.CreateAtAsync(root, o => o.NodeName = "node-b", second));
        await nodeB.StartAsync();

        Assert.Equal(RetryResult.Queued, (await nodeB.Service.RetryAsync(id, null, CancellationToken.None)).Result);
        var done = await nodeB.WaitForStatusAsync(id, JobStatus.Succeeded);

        // node-b ran only the failed step, with a request it read itself, and saw what node-a's first step measured.
        Assert.Equal(["use"], second.Handed.Select(x => x.Step));
        Assert.Equal(1, second.Reads);
        Assert.Equal("tides: 5 letters, measured on node-a, used on node-b", (string?)done.Results["summary"]);
    }

    [Fact]
    public async Task Step_OfAPipelineWithoutATypedRequest_FailsNamingWhatIsMissing()
    {
        static Task Ask(StepContext context, CancellationToken ct)
        {
            context.Request<WordRequest>();
            return Task.CompletedTask;
        }
        var pipeline = new ScriptedPipeline("plain", ("ask", Ask));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("plain");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Contains("IJobPipeline<WordRequest>", string.Join(" ", failed.Errors.Select(e => e.Message).Append(failed.Message)), StringComparison.Ordinal);
    }
}
