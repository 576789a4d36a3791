namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Seed 002's error body.</summary>
/// <param name="Error">What went wrong, e.g. "job not found".</param>
internal sealed record ShrinkRayError(string Error);
