using System.Text.Json.Nodes;

namespace MediaJobs.Core.Events;

/// <summary>One entry of the event log. <see cref="Id"/> is store-wide and strictly increasing.</summary>
public sealed record JobEvent(
    long Id,
    string JobId,
    string Type,
    EventLevel Level,
    string Message,
    JsonObject Payload,
    DateTimeOffset TimestampUtc);
