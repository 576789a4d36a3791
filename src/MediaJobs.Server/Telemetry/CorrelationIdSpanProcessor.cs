using System.Diagnostics;
using MediaJobs.Core.Diagnostics;
using OpenTelemetry;

namespace MediaJobs.Server.Telemetry;

/// <summary>
/// Spans started by libraries (outgoing HTTP of a provider call, a webhook) inherit the job's
/// correlation id from their parent, so every span of a job's trace carries it.
/// </summary>
internal sealed class CorrelationIdSpanProcessor : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        if (data.GetTagItem(MediaJobsTracing.CorrelationIdTag) is null
            && data.Parent?.GetTagItem(MediaJobsTracing.CorrelationIdTag) is { } correlationId)
        {
            data.SetTag(MediaJobsTracing.CorrelationIdTag, correlationId);
        }
    }
}
