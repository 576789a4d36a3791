using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Server.Webhooks;

/// <summary>
/// The body a target gets: the surface's own (<see cref="ISurfaceWebhookPayloads"/>) when its job came through a
/// surface that promised one, else the native body.
/// </summary>
public sealed class WebhookPayloadRouter(IWebhookPayloadFormat native, IEnumerable<ISurfaceWebhookPayloads> surfaces) : IWebhookPayloadFormat
{
    private readonly Dictionary<string, ISurfaceWebhookPayloads> _bySurface = surfaces.ToDictionary(s => s.Surface, StringComparer.Ordinal);

    public string? KindOf(JobEvent e) => native.KindOf(e);

    public JsonObject? Build(Job job, WebhookTarget target, JobEvent e)
    {
        ArgumentNullException.ThrowIfNull(target);
        var format = target.Surface is { } surface && _bySurface.TryGetValue(surface, out var own) ? own : native;
        return format.Build(job, target, e);
    }
}
