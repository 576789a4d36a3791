namespace MediaJobs.Server.Api.Contracts;

/// <summary>The caller's finishes per UTC minute, oldest first, the current minute last; every minute is present (zero where none).</summary>
internal sealed record FinishedPerMinuteResponse(IReadOnlyList<FinishedMinuteResponse> Minutes);
