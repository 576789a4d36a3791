using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of cancel (<c>{"status": "cancelled"}</c>), session reset, config update and cache clear.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Stopping">Cancel only: true while the job's tools are still stopping (absent once stopped).</param>
internal sealed record ShrinkRayStatusWord(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Stopping = null);
