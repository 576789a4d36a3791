namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>Answer of <c>GET /api/v1/jobs</c>.</summary>
/// <param name="Jobs">The caller's video jobs (up to 500, newest first) by id.</param>
internal sealed record TextToVideoJobList(IReadOnlyDictionary<string, TextToVideoListedJob> Jobs);
