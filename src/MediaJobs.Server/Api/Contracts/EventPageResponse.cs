namespace MediaJobs.Server.Api.Contracts;

/// <summary>Events after the requested id; pass <c>lastEventId</c> as <c>?after=</c> to continue.</summary>
public sealed record EventPageResponse(IReadOnlyList<EventResponse> Events, long LastEventId);
