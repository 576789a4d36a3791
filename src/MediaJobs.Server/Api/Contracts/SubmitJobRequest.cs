using System.Text.Json.Nodes;

namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/jobs</c> (documentation; the body is read by hand so errors name the field).
/// Every field is optional.
/// </summary>
/// <param name="Type">Job type; defaults to <c>video</c>.</param>
/// <param name="Preset">One of the type's presets; defaults to its first.</param>
/// <param name="Inputs">What to work on (type-specific).</param>
/// <param name="Options">How to work (type-specific); <c>options.webhook {url, token?, jobId?}</c> sends signed webhooks; a transcode's <c>options.segmentSeconds</c> (2–86400) encodes it in durable segments.</param>
/// <param name="Priority">Higher runs first (-1000..1000, default 0).</param>
/// <param name="MaxAttempts">Automatic attempts for transient errors (1..100).</param>
/// <param name="Brief">Seed 000's legacy body: with any of brief, planSpec, voiceSpec, renderSpec and no inputs, a video job with these as its inputs.</param>
/// <param name="PlanSpec">Seed 000's legacy body (see brief).</param>
/// <param name="VoiceSpec">Seed 000's legacy body (see brief).</param>
/// <param name="RenderSpec">Seed 000's legacy body (see brief).</param>
internal sealed record SubmitJobRequest(
    string? Type = null,
    string? Preset = null,
    JsonObject? Inputs = null,
    JsonObject? Options = null,
    int? Priority = null,
    int? MaxAttempts = null,
    JsonObject? Brief = null,
    JsonObject? PlanSpec = null,
    JsonObject? VoiceSpec = null,
    JsonObject? RenderSpec = null);
