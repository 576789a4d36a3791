using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Nodes;
using MediaJobs.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>A node claims only job types whose tools it has; a node with the tool runs what the other left.</summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineToolsTests : EngineTestBase
{
    [Fact]
    public async Task NodeWithoutATool_LeavesThatTypeQueued_AndANodeWithItRunsIt()
    {
        var ocr = new ScriptedPipeline("ocr", ("read", (_, _) => Task.CompletedTask)) { RequiredTools = ["tesseract"] };
        var plain = new ScriptedPipeline("plain", ("a", (_, _) => Task.CompletedTask)) { RequiredTools = ["ffmpeg"] };
        var h = await CreateAsync(null, ocr, plain);
        var ocrJob = await h.SubmitAsync("ocr");
        var plainJob = await h.SubmitAsync("plain");

        using var withoutTesseract = NewEngine(h, ocr, plain, "ffmpeg");
        await withoutTesseract.StartAsync(CancellationToken.None);
        // Each claim pass visits every claimable type: once the later job ran, the earlier one was passed over.
        await h.WaitForStatusAsync(plainJob.Id, JobStatus.Succeeded);
        await withoutTesseract.StopAsync(CancellationToken.None);

        Assert.Equal(JobStatus.Queued, (await h.Store.GetAsync(ocrJob.Id, CancellationToken.None))!.Status);
        Assert.Equal(0, ocr.RunsOf("read"));
        Assert.Equal(new Dictionary<string, int> { ["plain"] = 1 }, withoutTesseract.ClaimableTypes);

        using var withTesseract = NewEngine(h, ocr, plain, "ffmpeg", "tesseract");
        await withTesseract.StartAsync(CancellationToken.None);
        await h.WaitForStatusAsync(ocrJob.Id, JobStatus.Succeeded);
        await withTesseract.StopAsync(CancellationToken.None);
        Assert.Equal(1, ocr.RunsOf("read"));
    }

    [Fact]
    public async Task NodeWithoutATool_LeavesTheJobsThatNeedIt_AndRunsTheOthersOfTheSameType()
    {
        // Like a pdf job: only its OCR submissions need tesseract.
        var doc = new ScriptedPipeline("doc", ("read", (_, _) => Task.CompletedTask))
        {
            ToolsFor = s => s.Preset == "other" ? ["tesseract"] : [],
        };
        var idle = new ScriptedPipeline("idle");
        var h = await CreateAsync(null, doc, idle);
        var ocrJob = await h.SubmitAsync("doc", preset: "other");
        var textJob = await h.SubmitAsync("doc", preset: "default");

        using var withoutTesseract = NewEngine(h, doc, idle, "ffmpeg");
        await withoutTesseract.StartAsync(CancellationToken.None);
        await h.WaitForStatusAsync(textJob.Id, JobStatus.Succeeded);
        await withoutTesseract.StopAsync(CancellationToken.None);

        var left = (await h.Store.GetAsync(ocrJob.Id, CancellationToken.None))!;
        Assert.Equal(JobStatus.Queued, left.Status);
        Assert.Equal(["tesseract"], left.RequiredTools);
        Assert.Equal(1, doc.RunsOf("read"));
    }

    private static JobEngine NewEngine(Testing.EngineHarness h, ScriptedPipeline ocr, ScriptedPipeline plain, params string[] tools) =>
        new(h.Store, new PipelineRegistry([ocr, plain]), h.Layout, h.Options, TimeProvider.System, NullLogger<JobEngine>.Instance,
            tools: new FixedTools(tools));

    private sealed class FixedTools(string[] tools) : INodeTools
    {
        public Task<IReadOnlySet<string>> GetAvailableAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlySet<string>>(tools.ToHashSet(StringComparer.Ordinal));
    }
}
