using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>A cleared job's folder (outputs, logs) goes with it; a start-up removes folders a crash left behind.</summary>
[Trait("Tier", "Fast")]
public sealed class JobFolderCleanupTests : EngineTestBase
{
    /// <summary>A step that publishes one output and writes one tool log.</summary>
    private static ScriptedPipeline Publishing() => new("pub", ("only", async (ctx, ct) =>
    {
        var file = Path.Combine(ctx.WorkDirectory, "result.txt");
        await File.WriteAllTextAsync(file, "done", ct);
        await ctx.PublishArtifactAsync(file, "result.txt", "text/plain", ArtifactUse.PrimaryOutput, ct);
        await File.WriteAllTextAsync(ctx.NewToolLogPath("tool"), "log", ct);
    }
    ));

    [Fact]
    public async Task Clear_FinishedJob_RemovesItsOutputsAndLogs()
    {
        var h = await StartAsync(Publishing());
        var job = await h.SubmitAsync("pub");
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);
        Assert.True(File.Exists(Path.Combine(h.Layout.OutputDirectory(job.Id), "result.txt")));
        Assert.NotEmpty(Directory.GetFiles(h.Layout.LogDirectory(job.Id)));

        var removed = await h.Service.ClearAsync([JobStatus.Succeeded], null, null, CancellationToken.None);

        Assert.Equal([job.Id], removed);
        Assert.False(Directory.Exists(h.Layout.JobDirectory(job.Id)));
    }

    [Fact]
    public async Task Clear_OtherStatus_KeepsTheFolder()
    {
        var h = await StartAsync(Publishing());
        var job = await h.SubmitAsync("pub");
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        var removed = await h.Service.ClearAsync([JobStatus.Failed], null, null, CancellationToken.None);

        Assert.Empty(removed);
        Assert.True(File.Exists(Path.Combine(h.Layout.OutputDirectory(job.Id), "result.txt")));
    }

    [Fact]
    public async Task Start_FolderOfAJobTheStoreNoLongerHolds_IsRemoved_OtherFoldersStay()
    {
        var h = await CreateAsync(null, Publishing());
        var live = await h.SubmitAsync("pub");
        var liveFile = Path.Combine(Directory.CreateDirectory(h.Layout.OutputDirectory(live.Id)).FullName, "kept.txt");
        await File.WriteAllTextAsync(liveFile, "mine");
        var orphan = Directory.CreateDirectory(h.Layout.OutputDirectory(Guid.CreateVersion7().ToString())).Parent!.FullName;
        var notAJob = Directory.CreateDirectory(Path.Combine(h.Layout.DataDirectory, "jobs", "notes")).FullName;

        await h.StartAsync();
        await h.WaitForStatusAsync(live.Id, JobStatus.Succeeded);
        await h.Engine.FolderSweepCompleted.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(Directory.Exists(orphan));
        Assert.True(File.Exists(liveFile));
        Assert.True(Directory.Exists(notAJob));
    }
}
