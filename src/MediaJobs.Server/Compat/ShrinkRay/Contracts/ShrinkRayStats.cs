using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Seed 002's stats: counts of the caller's transcode jobs per status word, and bytes saved.</summary>
/// <param name="Pending">Queued jobs.</param>
/// <param name="Running">Running jobs.</param>
/// <param name="Complete">Succeeded jobs.</param>
/// <param name="Failed">Failed jobs.</param>
/// <param name="Cancelled">Cancelled jobs.</param>
/// <param name="Skipped">Skipped jobs.</param>
/// <param name="Total">All listed jobs.</param>
/// <param name="TotalSaved">Bytes saved by the jobs still listed.</param>
/// <param name="SessionSaved">Bytes saved since the session counter was last reset (persisted).</param>
/// <param name="LifetimeSaved">Bytes saved ever (persisted).</param>
internal sealed record ShrinkRayStats(
    int Pending,
    int Running,
    int Complete,
    int Failed,
    int Cancelled,
    int Skipped,
    int Total,
    [property: JsonPropertyName("total_saved")] long TotalSaved,
    [property: JsonPropertyName("session_saved")] long SessionSaved,
    [property: JsonPropertyName("lifetime_saved")] long LifetimeSaved);
