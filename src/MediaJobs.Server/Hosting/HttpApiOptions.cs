using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Hosting;

/// <summary>HTTP limits and timings (configuration section <c>MediaJobs:Http</c>).</summary>
public sealed class HttpApiOptions
{
    public const string SectionName = "MediaJobs:Http";

    /// <summary>Largest JSON request body accepted; larger ones get a 413.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "must be a positive number of bytes.")]
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Seconds of silence after which an SSE stream sends a <c>: heartbeat</c> comment.</summary>
    public double SseHeartbeatSeconds { get; set; } = 15;

    /// <summary>
    /// How long a cancel or pause answer waits for the running job to be stopped (its tools gone, its status
    /// committed) before it answers that the job is still stopping.
    /// </summary>
    public double StopWaitSeconds { get; set; } = 5;

    public TimeSpan StopWait => TimeSpan.FromSeconds(Math.Clamp(StopWaitSeconds, 0, 60));

    public TimeSpan SseHeartbeat => TimeSpan.FromSeconds(Math.Clamp(SseHeartbeatSeconds, 0.05, 3600));
}
