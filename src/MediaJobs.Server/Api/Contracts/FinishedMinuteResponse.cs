namespace MediaJobs.Server.Api.Contracts;

/// <param name="Minute">The minute's first instant (UTC).</param>
/// <param name="Succeeded">Jobs that succeeded within it.</param>
/// <param name="Failed">Jobs that failed within it.</param>
internal sealed record FinishedMinuteResponse(DateTimeOffset Minute, int Succeeded, int Failed);
