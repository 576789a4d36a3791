namespace MediaJobs.Server.Api.Contracts;

public sealed record QueuePausedResponse(bool Paused);
