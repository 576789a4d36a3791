using System.Text.Json.Nodes;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>The stream's first frame: every job and the stats.</summary>
internal sealed record ShrinkRayInitFrame(string Type, IReadOnlyList<ShrinkRayJob> Jobs, ShrinkRayStats Stats);

/// <summary>A job's change: added, requeued, started, progress, complete, failed, skipped or cancelled, with the job as it is now.</summary>
internal sealed record ShrinkRayJobFrame(string Type, ShrinkRayJob Job);

/// <summary>A job the client knows was removed.</summary>
internal sealed record ShrinkRayRemovedFrame(string Type, ShrinkRayJobId Job);

/// <summary>The id of a removed job.</summary>
internal sealed record ShrinkRayJobId(string Id);

/// <summary>A create's discovery probed another file (values as the discovery job reports them).</summary>
internal sealed record ShrinkRayDiscoveryFrame(string Type, JsonNode Probed, JsonNode Total);

/// <summary>A create's discovery ended: how many jobs it added.</summary>
internal sealed record ShrinkRayJobsAddedFrame(string Type, JsonNode Count);

/// <summary>A notification (webhook) was delivered.</summary>
internal sealed record ShrinkRayNotifyFrame(string Type);
