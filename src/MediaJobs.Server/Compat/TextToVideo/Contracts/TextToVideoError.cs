namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>Seed 004's error body.</summary>
/// <param name="Error">What went wrong, e.g. "Job not found".</param>
internal sealed record TextToVideoError(string Error);
