using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Webhooks;

/// <summary>
/// The body a webhook receiver gets for an event: which events send one, of what kind, and its JSON.
/// The engine only moves these bodies through the outbox; their shape belongs to the surface that promised it.
/// </summary>
public interface IWebhookPayloadFormat
{
    /// <summary>The webhook kind an event becomes (stored on the delivery), or null when it sends nothing.</summary>
    string? KindOf(JobEvent e);

    /// <summary>The body for an event of <paramref name="job"/>, or null when the event sends nothing.</summary>
    JsonObject? Build(Job job, WebhookTarget target, JobEvent e);
}
