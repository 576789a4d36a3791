using System.Text.Json.Nodes;

namespace MediaJobs.Cli;

/// <summary>One event from a job's stream: seed 000's event name and its payload.</summary>
internal sealed record ServerEvent(string Type, JsonObject Data)
{
    public string? Text(string field) => Data[field]?.GetValue<string>();
}
