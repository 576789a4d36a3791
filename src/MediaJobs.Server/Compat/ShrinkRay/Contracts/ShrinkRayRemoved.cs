namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>DELETE /api/jobs/{id}</c> for a finished job: it is removed, as the real server does.</summary>
/// <param name="Removed">Always true.</param>
internal sealed record ShrinkRayRemoved(bool Removed);
