using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MediaJobs.Core.Diagnostics;

/// <summary>What leaves the process: webhook deliveries and external tool runs.</summary>
public sealed partial class MediaJobsMetrics
{
    private readonly Counter<long> _webhookDeliveries;
    private readonly Histogram<double> _webhookDuration;
    private readonly Counter<long> _toolRuns;
    private readonly Histogram<double> _toolDuration;

    /// <param name="outcome">delivered, retry (will be sent again), failed (given up) or timeout.</param>
    public void WebhookAttempted(string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "outcome", outcome } };
        _webhookDeliveries.Add(1, tags);
        _webhookDuration.Record(Math.Max(0, duration.TotalSeconds), tags);
    }

    /// <param name="tool">The tool's short name (ffmpeg, tesseract, ...).</param>
    /// <param name="exit">The exit code as text, or <c>cancelled</c> / <c>not_found</c>.</param>
    public void ToolRan(string tool, string exit, TimeSpan duration)
    {
        _toolRuns.Add(1, new TagList { { "tool", tool }, { "exit", exit } });
        _toolDuration.Record(Math.Max(0, duration.TotalSeconds), new TagList { { "tool", tool } });
    }
}
