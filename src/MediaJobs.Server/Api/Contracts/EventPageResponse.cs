namespace MediaJobs.Server.Api.Contracts;

/// <summary>Events after the requested id; pass <c>lastEventId</c> as <c>?after=</c> to continue.</summary>
internal sealed record EventPageResponse(IReadOnlyList<EventResponse> Events, long LastEventId);
