using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>Issue 10, finding 6: a job whose work meets a full disk fails with code DiskFull, not InternalError.</summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineDiskFullTests : EngineTestBase
{
    public static TheoryData<string> FullDiskErrors => ["enospc", "store", "tool"];

    [Theory]
    [MemberData(nameof(FullDiskErrors))]
    public async Task Step_HitsAFullDisk_JobFailsWithDiskFullAndARemedy(string how)
    {
        var pipeline = new ScriptedPipeline("t", ("write", (_, _) => throw how switch
        {
            // What .NET raises on Unix for a write that gets errno ENOSPC.
            "enospc" => new IOException("No space left on device : '/data/jobs/x/out.mp4'", 28),
            "store" => new StorageFullException("The database could not be written: the disk is full."),
            _ => new MediaJobsException(new JobError("ToolFailed", "ffmpeg exited with 1: [out#0] Error writing trailer: No space left on device", "See the log.")),
        }));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        var error = Assert.Single(failed.Errors);
        Assert.Equal("DiskFull", error.Code);
        Assert.Contains("disk", error.Remediation, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("DiskFull", Assert.Single(failed.FindStep("write")!.Errors).Code);
    }

    [Fact]
    public async Task Step_OtherIOError_StaysInternalError()
    {
        var pipeline = new ScriptedPipeline("t", ("write", (_, _) => throw new IOException("Permission denied", 13)));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Equal("InternalError", Assert.Single(failed.Errors).Code);
    }
}
