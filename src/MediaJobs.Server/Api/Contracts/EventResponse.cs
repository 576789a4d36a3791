using System.Text.Json.Nodes;

namespace MediaJobs.Server.Api.Contracts;

/// <summary>One entry of the event log.</summary>
internal sealed record EventResponse(long Id, string JobId, string Type, string Level, string Message, JsonObject Payload, DateTimeOffset TimestampUtc);
