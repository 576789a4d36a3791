using System.Text.Json.Nodes;

namespace MediaJobs.Core.Events;

/// <summary>An event about to be appended; the store assigns its id.</summary>
public sealed record NewJobEvent(
    string JobId,
    string Type,
    EventLevel Level,
    string Message,
    JsonObject Payload,
    DateTimeOffset TimestampUtc);
