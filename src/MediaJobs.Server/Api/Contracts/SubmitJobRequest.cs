using System.Text.Json.Nodes;

namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/jobs</c> (documentation; the body is read by hand so errors name the field).
/// Seed 000's legacy body (brief, planSpec, voiceSpec, renderSpec) is also accepted.
/// </summary>
/// <param name="Type">Job type; defaults to <c>video</c>.</param>
/// <param name="Preset">One of the type's presets; defaults to its first.</param>
/// <param name="Inputs">What to work on (type-specific).</param>
/// <param name="Options">How to work (type-specific).</param>
/// <param name="Priority">Higher runs first (-1000..1000, default 0).</param>
/// <param name="MaxAttempts">Automatic attempts for transient errors (1..100).</param>
public sealed record SubmitJobRequest(string? Type, string? Preset, JsonObject? Inputs, JsonObject? Options, int? Priority, int? MaxAttempts);
