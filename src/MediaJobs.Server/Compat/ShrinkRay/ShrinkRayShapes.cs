using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Our transcode jobs, stats and errors in seed 002's words.</summary>
internal static class ShrinkRayShapes
{
    /// <summary>Seed 002's error body: <c>{"error": "…"}</c>.</summary>
    public static IResult Error(int status, string message) =>
        Results.Json(new JsonObject { ["error"] = message }, statusCode: status);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "job not found");

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
    /// shows no progress and no <c>started_at</c>, even after a retry or a pause requeue.
    /// </summary>
    public static JsonObject Job(Job job)
    {
        var r = job.Results;
        var live = job.Status == JobStatus.Running ? r["progress"] as JsonObject : null;
        var input = Text(r, TranscodeResults.InputPath) ?? (string?)job.Input[TranscodeRequest.PathField] ?? "";
        var o = new JsonObject
        {
            ["id"] = job.Id,
            ["input_path"] = input,
            ["output_path"] = Text(r, TranscodeResults.OutputPath) ?? input,
            ["preset_id"] = job.Preset,
            ["encoder"] = Text(r, TranscodeResults.Encoder) ?? Text(live, "encoder") ?? "",
            ["is_hardware"] = Bool(r, TranscodeResults.IsHardware) ?? Bool(live, "is_hardware") ?? false,
            ["status"] = Status(job.Status),
            ["progress"] = Progress(job),
            ["speed"] = Number(live, "speed") ?? (job.Status == JobStatus.Succeeded ? Number(r, TranscodeResults.Speed) : null) ?? 0,
            ["eta"] = Text(live, "eta") ?? "",
            ["input_size"] = Long(r, TranscodeResults.InputSize),
            ["output_size"] = Long(r, TranscodeResults.OutputSize),
            ["space_saved"] = Long(r, TranscodeResults.SpaceSaved),
            ["duration_ms"] = Long(r, TranscodeResults.DurationMs),
            ["bitrate"] = Long(r, TranscodeResults.Bitrate),
            ["width"] = Long(r, TranscodeResults.Width),
            ["height"] = Long(r, TranscodeResults.Height),
            ["frame_rate"] = Number(r, TranscodeResults.FrameRate) ?? 0,
            ["video_codec"] = Text(r, TranscodeResults.VideoCodec) ?? "",
            ["profile"] = Text(r, TranscodeResults.Profile) ?? "",
            ["bit_depth"] = Long(r, TranscodeResults.BitDepth),
            ["is_hdr"] = Bool(r, TranscodeResults.IsHdr) ?? false,
            ["transcode_secs"] = Number(r, TranscodeResults.TranscodeSecs) ?? 0,
            ["created_at"] = Time(job.CreatedUtc),
            ["started_at"] = job.Status == JobStatus.Queued ? null : Time(job.StartedUtc),
            ["completed_at"] = Time(job.EndedUtc),
        };
        if (job.Status is JobStatus.Failed or JobStatus.Skipped)
        {
            o["error"] = job.Errors.LastOrDefault()?.Message ?? job.Message ?? "";
        }
        return o;
    }

    /// <summary>Counts per seed status (transcode jobs only), bytes saved by the listed jobs, and the engine's counters.</summary>
    public static JsonObject Stats(IReadOnlyList<Job> jobs, JobStats counters)
    {
        int Count(JobStatus s) => jobs.Count(j => j.Status == s);
        return new JsonObject
        {
            ["pending"] = Count(JobStatus.Queued),
            ["running"] = Count(JobStatus.Running),
            ["complete"] = Count(JobStatus.Succeeded),
            ["failed"] = Count(JobStatus.Failed),
            ["cancelled"] = Count(JobStatus.Cancelled),
            ["skipped"] = Count(JobStatus.Skipped),
            ["total"] = jobs.Count,
            ["total_saved"] = jobs.Sum(j => Math.Max(0, j.Counters.GetValueOrDefault(TranscodeCounters.BytesSaved))),
            ["session_saved"] = counters.Counter(TranscodeCounters.BytesSaved).Session,
            ["lifetime_saved"] = counters.Counter(TranscodeCounters.BytesSaved).Lifetime,
        };
    }

    /// <summary>
    /// The encode's own percent, as the real server shows it: 0 while probing and analysing, never the job-level
    /// percent of the steps before (that made the bar jump 20, 40, back to 0). It only grows within a run; a pending
    /// job has not started, so a retried or requeued one starts over, as the seed's new job would.
    /// </summary>
    private static double Progress(Job job) => job.Status switch
    {
        JobStatus.Queued => 0,
        JobStatus.Succeeded or JobStatus.Skipped => 100,
        _ => Math.Round(job.FindStep(EncodeStep.StepName)?.ProgressPct ?? 0, 1),
    };

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
