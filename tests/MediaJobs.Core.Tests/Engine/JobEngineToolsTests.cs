using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Nodes;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>
/// A node leaves jobs needing a tool it lacks to the live nodes that have it; with no such node it runs
/// them itself (they then fail with the tool's remediation instead of waiting forever).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineToolsTests : EngineTestBase
{
    private static readonly Action<EngineOptions> LongLease = o => o.LeaseDuration = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task TypeNeedingAToolALiveNodeHas_IsLeftToThatNode_WhileOtherTypesRun()
    {
        var ocr = new ScriptedPipeline("ocr", ("read", (_, _) => Task.CompletedTask)) { RequiredTools = ["tesseract"] };
        var plain = new ScriptedPipeline("plain", ("a", (_, _) => Task.CompletedTask)) { RequiredTools = ["ffmpeg"] };
        var h = await CreateAsync(LongLease, ocr, plain);
        await RegisterLiveNodeAsync(h, "tesseract", "ffmpeg");
        var ocrJob = await h.SubmitAsync("ocr");
        var plainJob = await h.SubmitAsync("plain");

        using var withoutTesseract = NewEngine(h, [ocr, plain], "ffmpeg");
        await withoutTesseract.StartAsync(CancellationToken.None);
        // Each claim pass visits every claimable type: once the later job ran, the earlier one was passed over.
        await h.WaitForStatusAsync(plainJob.Id, JobStatus.Succeeded);
        await withoutTesseract.StopAsync(CancellationToken.None);

        Assert.Equal(JobStatus.Queued, (await h.Store.GetAsync(ocrJob.Id, CancellationToken.None))!.Status);
        Assert.Equal(0, ocr.RunsOf("read"));
        Assert.Equal(new Dictionary<string, int> { ["plain"] = 1 }, withoutTesseract.ClaimableTypes);
    }

    [Fact]
    public async Task JobNeedingAToolALiveNodeHas_IsLeftToIt_AndTheSameTypesOtherJobsRun()
    {
        // Like a pdf job: only its OCR submissions need tesseract.
        var doc = new ScriptedPipeline("doc", ("read", (_, _) => Task.CompletedTask)) { ToolsFor = s => s.Preset == "other" ? ["tesseract"] : [] };
        var h = await CreateAsync(LongLease, doc);
        await RegisterLiveNodeAsync(h, "tesseract");
        var ocrJob = await h.SubmitAsync("doc", preset: "other");
        var textJob = await h.SubmitAsync("doc", preset: "default");

        using var withoutTesseract = NewEngine(h, [doc], "ffmpeg");
        await withoutTesseract.StartAsync(CancellationToken.None);
        await h.WaitForStatusAsync(textJob.Id, JobStatus.Succeeded);
        await withoutTesseract.StopAsync(CancellationToken.None);

        var left = (await h.Store.GetAsync(ocrJob.Id, CancellationToken.None))!;
        Assert.Equal(JobStatus.Queued, left.Status);
        Assert.Equal(["tesseract"], left.RequiredTools);
        Assert.Equal(1, doc.RunsOf("read"));
    }

    [Fact]
    public async Task NoLiveNodeHasTheTool_TheNodeRunsTheJobItself()
    {
        var ocr = new ScriptedPipeline("ocr", ("read", (_, _) => Task.CompletedTask)) { RequiredTools = ["tesseract"] };
        var h = await CreateAsync(LongLease, ocr);
        await RegisterLiveNodeAsync(h, "ffmpeg");
        var job = await h.SubmitAsync("ocr");

        using var withoutTesseract = NewEngine(h, [ocr], "ffmpeg");
        await withoutTesseract.StartAsync(CancellationToken.None);
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);
        await withoutTesseract.StopAsync(CancellationToken.None);

        Assert.Equal(1, ocr.RunsOf("read"));
    }

    /// <summary>Another node, live now, with these tools.</summary>
    private static Task RegisterLiveNodeAsync(EngineHarness h, params string[] tools)
    {
        var now = DateTimeOffset.UtcNow;
        return h.Store.UpsertNodeAsync(new NodeInfo("other-node", "elsewhere", 1, "test", "other-node/1", now, now,
            new Dictionary<string, int>(), tools), CancellationToken.None);
    }

    private static JobEngine NewEngine(EngineHarness h, ScriptedPipeline[] pipelines, params string[] tools) =>
        new(h.Store, new PipelineRegistry(pipelines), h.Layout, h.Options, TimeProvider.System, NullLogger<JobEngine>.Instance,
            tools: new FixedTools(tools));

    private sealed class FixedTools(string[] tools) : INodeTools
    {
        public Task<IReadOnlySet<string>> GetAvailableAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlySet<string>>(tools.ToHashSet(StringComparer.Ordinal));
    }
}
