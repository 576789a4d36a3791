using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Support;

/// <summary>One SSE frame: an event (id, type, data) or a comment line such as <c>: heartbeat</c>.</summary>
public sealed record SseMessage(long? Id, string? Type, JsonObject? Data, string? Comment)
{
    public string? Status => Data?["status"]?.GetValue<string>();
}
