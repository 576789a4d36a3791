using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Our transcode jobs and stats in seed 002's words (its contract records).</summary>
internal static class ShrinkRayShapes
{
    /// <summary>pending, running, complete, failed, cancelled, skipped.</summary>
    public static string Status(JobStatus status) => status switch
    {
        JobStatus.Queued => "pending",
        JobStatus.Running => "running",
        JobStatus.Succeeded => "complete",
        JobStatus.Failed => "failed",
        JobStatus.Skipped => "skipped",
        _ => "cancelled",
    };

    /// <summary>The seed's status word back to ours (for <c>?status=</c>), or null when it is not one.</summary>
    public static JobStatus? ParseStatus(string word) => word switch
    {
        "pending" => JobStatus.Queued,
        "running" => JobStatus.Running,
        "complete" => JobStatus.Succeeded,
        "failed" => JobStatus.Failed,
        "skipped" => JobStatus.Skipped,
        "cancelled" => JobStatus.Cancelled,
        _ => null,
    };

    /// <summary>RFC 3339 UTC to the second, like "2024-01-16T10:00:00Z".</summary>
    public static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Seed 002's job object, every documented field in its order (sizes in bytes, <c>duration_ms</c> in
    /// milliseconds, <c>bitrate</c> in bits/s, <c>speed</c> × real time, <c>progress</c> 0–100,
    /// <c>transcode_secs</c> in seconds), plus <c>error</c> for a failed or skipped job. A pending job
    /// shows no progress and no <c>started_at</c>, even after a retry or a pause requeue. SmartShrink jobs add
    /// <c>phase</c>, <c>vmaf_score</c>, <c>selected_crf</c> and <c>smartshrink_quality</c> as the real server does.
    /// </summary>
    public static ShrinkRayJob Job(Job job) => Job(job, starting: false);

    /// <param name="job">The transcode job.</param>
    /// <param name="starting">For the <c>started</c> frame: the run shows 0 %, no speed and no ETA yet.</param>
    public static ShrinkRayJob Job(Job job, bool starting)
    {
        var r = job.Results;
        var state = ShrinkRayLive.Of(job, starting);
        var live = state.Details;
        var input = Text(r, TranscodeResults.InputPath) ?? (string?)job.Input[TranscodeRequest.PathField] ?? "";
        return new ShrinkRayJob(
            Id: job.Id,
            InputPath: input,
            OutputPath: Text(r, TranscodeResults.OutputPath) ?? input,
            PresetId: job.Preset,
            Encoder: Text(r, TranscodeResults.Encoder) ?? Text(live, "encoder") ?? "",
            IsHardware: Bool(r, TranscodeResults.IsHardware) ?? Bool(live, "is_hardware") ?? false,
            Status: Status(job.Status),
            Progress: state.Progress,
            Speed: Number(live, "speed") ?? (job.Status == JobStatus.Succeeded ? Number(r, TranscodeResults.Speed) : null) ?? 0,
            Eta: Text(live, "eta") ?? "",
            InputSize: Long(r, TranscodeResults.InputSize),
            OutputSize: Long(r, TranscodeResults.OutputSize),
            SpaceSaved: Long(r, TranscodeResults.SpaceSaved),
            DurationMs: Long(r, TranscodeResults.DurationMs),
            Bitrate: Long(r, TranscodeResults.Bitrate),
            Width: Long(r, TranscodeResults.Width),
            Height: Long(r, TranscodeResults.Height),
            FrameRate: Number(r, TranscodeResults.FrameRate) ?? 0,
            VideoCodec: Text(r, TranscodeResults.VideoCodec) ?? "",
            Profile: Text(r, TranscodeResults.Profile) ?? "",
            BitDepth: Long(r, TranscodeResults.BitDepth),
            IsHdr: Bool(r, TranscodeResults.IsHdr) ?? false,
            TranscodeSecs: Number(r, TranscodeResults.TranscodeSecs) ?? 0,
            CreatedAt: Time(job.CreatedUtc)!,
            StartedAt: job.Status == JobStatus.Queued ? null : Time(job.StartedUtc),
            CompletedAt: Time(job.EndedUtc),
            Error: job.Status is JobStatus.Failed or JobStatus.Skipped ? job.Errors.LastOrDefault()?.Message ?? job.Message ?? "" : null)
        {
            Phase = state.Phase,
            VmafScore = Text(r, TranscodeResults.SmartShrinkMetric) == "vmaf" ? Number(r, TranscodeResults.SmartShrinkScore) : null,
            SelectedCrf = Number(r, TranscodeResults.SmartShrinkCrf) is { } crf ? (int)crf : null,
            SmartShrinkQuality = Text(job.Input, TranscodeRequest.QualityField),
        };
    }

    /// <summary>Counts per seed status (the store's summary of the caller's transcode jobs), bytes saved by them, and the counters.</summary>
    public static ShrinkRayStats Stats(JobTypeSummary jobs, JobStats counters)
    {
        var saved = counters.Counter(TranscodeCounters.BytesSaved);
        return new ShrinkRayStats(
            Pending: jobs.Count(JobStatus.Queued),
            Running: jobs.Count(JobStatus.Running),
            Complete: jobs.Count(JobStatus.Succeeded),
            Failed: jobs.Count(JobStatus.Failed),
            Cancelled: jobs.Count(JobStatus.Cancelled),
            Skipped: jobs.Count(JobStatus.Skipped),
            Total: jobs.Total,
            TotalSaved: jobs.CounterSum,
            SessionSaved: saved.Session,
            LifetimeSaved: saved.Lifetime);
    }

    private static string? Text(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool? Bool(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    private static double? Number(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture)
            : null;

    private static long Long(JsonObject? o, string key) => (long)Math.Round(Number(o, key) ?? 0);
}
