using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Server.Api.Webhooks;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Seed 003's webhook bodies, for the jobs submitted on this surface only (their target's
/// <see cref="WebhookTarget.Surface"/> is <see cref="SurfaceName"/>). The native body adopted seed 003's shape, so it is
/// built from it; what seed 003 itself promises is pinned here: a completion's <c>data</c> is the job's
/// <c>structured_data</c> when it has one, else its results, with the output summary.
/// </summary>
internal sealed class SecretaryWebhookPayloads(JobWebhookPayloads native) : ISurfaceWebhookPayloads
{
    public const string SurfaceName = "secretary";

    public string Surface => SurfaceName;

    public string? KindOf(JobEvent e) => native.KindOf(e);

    public JsonObject? Build(Job job, WebhookTarget target, JobEvent e)
    {
        ArgumentNullException.ThrowIfNull(job);
        var body = native.Build(job, target, e);
        if (body is not null && KindOf(e) == JobWebhookPayloads.Completed)
        {
            var data = (JsonObject)(job.Results[DocumentResults.StructuredData] as JsonObject ?? job.Results).DeepClone();
            if (e.Payload["output"] is JsonObject output)
            {
                data.TryAdd("output", output.DeepClone());
            }
            body["data"] = data;
        }
        return body;
    }
}
