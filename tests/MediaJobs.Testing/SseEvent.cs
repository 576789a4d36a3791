namespace MediaJobs.Testing;

/// <summary>One server-sent event as it came over the wire.</summary>
public sealed record SseEvent(long? Id, string Event, string Data);
