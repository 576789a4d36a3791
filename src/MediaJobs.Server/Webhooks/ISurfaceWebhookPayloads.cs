using MediaJobs.Core.Webhooks;

namespace MediaJobs.Server.Webhooks;

/// <summary>
/// A compat surface's own webhook body, for the targets whose <see cref="WebhookTarget.Surface"/> is
/// <see cref="Surface"/>. Its kinds are the native body's (a delivery's kind is stored before its job is read).
/// </summary>
public interface ISurfaceWebhookPayloads : IWebhookPayloadFormat
{
    string Surface { get; }
}
