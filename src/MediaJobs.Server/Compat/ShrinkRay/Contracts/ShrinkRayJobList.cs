namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>GET /api/jobs</c>.</summary>
/// <param name="Jobs">The caller's transcode jobs, oldest first (queue order).</param>
/// <param name="Stats">Counts and bytes saved.</param>
internal sealed record ShrinkRayJobList(IReadOnlyList<ShrinkRayJob> Jobs, ShrinkRayStats Stats);
