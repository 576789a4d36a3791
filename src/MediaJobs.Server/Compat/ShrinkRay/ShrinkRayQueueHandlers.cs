using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Seed 002's queue routes: pause, resume, stats and the session reset (the admin ones behind <see cref="CompatAdminFilter"/>).</summary>
internal static class ShrinkRayQueueHandlers
{
    public static async Task<Ok<ShrinkRayPaused>> PauseAsync(CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        var running = await jobs.ListAsync(new JobQuery { Statuses = [JobStatus.Running], Type = TranscodePipeline.TypeName, Limit = 1 }, ct);
        await jobs.PauseAsync(ct);
        // Answered once the encodes are back in the queue (the UI then offers Resume), or says how many still stop.
        var stopping = await jobs.WaitForPauseAsync(options.Value.StopWait, ct);
        return TypedResults.Ok(new ShrinkRayPaused(true, running.Total, stopping > 0 ? stopping : null));
    }

    public static async Task<Ok<ShrinkRayPaused>> ResumeAsync(CallerJobs jobs, CancellationToken ct)
    {
        await jobs.ResumeAsync(ct);
        return TypedResults.Ok(new ShrinkRayPaused(false));
    }

    public static async Task<Ok<ShrinkRayStats>> StatsAsync(CallerJobs jobs, CancellationToken ct) =>
        TypedResults.Ok(await ShrinkRayJobLoader.StatsAsync(jobs, ct));

    public static async Task<Ok<ShrinkRayStatusWord>> ResetSessionAsync(CallerJobs jobs, CancellationToken ct)
    {
        await jobs.ResetSessionStatsAsync(ct);
        return TypedResults.Ok(new ShrinkRayStatusWord("session reset"));
    }
}
