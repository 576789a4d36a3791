namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>POST /api/jobs/clear</c>.</summary>
/// <param name="Cleared">Transcode jobs removed.</param>
/// <param name="Message">"Cleared N jobs".</param>
internal sealed record ShrinkRayCleared(int Cleared, string Message);
