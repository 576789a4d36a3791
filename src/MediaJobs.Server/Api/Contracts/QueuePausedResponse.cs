using System.Text.Json.Serialization;

namespace MediaJobs.Server.Api.Contracts;

/// <summary><c>stopping</c>: after a pause, how many jobs on this node had not yet stopped when the answer was given (omitted when none).</summary>
internal sealed record QueuePausedResponse(bool Paused)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Stopping { get; init; }
}
